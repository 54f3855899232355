using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopHub.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Products_Name_Id",
                table: "Products",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_SearchCovering",
                table: "Products",
                columns: new[] { "SearchText", "SearchName", "Name" });

            // Full-text index for the search box: FTS5 with the trigram tokenizer serves LIKE '%word%' for words of
            // three letters or more. External content (no second copy of the text); triggers keep it in step with
            // Products. NB: a later migration that makes EF rebuild the Products table drops these triggers —
            // re-create them there (and 'rebuild' the index).
            migrationBuilder.Sql("""CREATE VIRTUAL TABLE "ProductsSearch" USING fts5("SearchText", content='Products', content_rowid='Id', tokenize='trigram');""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "Products_Search_Insert" AFTER INSERT ON "Products" BEGIN
                    INSERT INTO "ProductsSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Products_Search_Delete" AFTER DELETE ON "Products" BEGIN
                    INSERT INTO "ProductsSearch"("ProductsSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Products_Search_Update" AFTER UPDATE OF "SearchText" ON "Products" BEGIN
                    INSERT INTO "ProductsSearch"("ProductsSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                    INSERT INTO "ProductsSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "ProductsSearch"("ProductsSearch") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Products_Search_Insert";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Products_Search_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Products_Search_Update";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ProductsSearch";""");

            migrationBuilder.DropIndex(
                name: "IX_Products_Name_Id",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_SearchCovering",
                table: "Products");
        }
    }
}
