using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopHub.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchPerfIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Products_CurrentStars",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_ProvinceCode_CommuneCode",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Producers_ProvinceCode_CommuneCode",
                table: "Producers");

            migrationBuilder.CreateIndex(
                name: "IX_Products_CommuneCode_Name_Id",
                table: "Products",
                columns: new[] { "CommuneCode", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_CurrentStars_Name_Id",
                table: "Products",
                columns: new[] { "CurrentStars", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_ProductSetNo_Name_Id",
                table: "Products",
                columns: new[] { "ProductSetNo", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_ProvinceCode_Name_Id",
                table: "Products",
                columns: new[] { "ProvinceCode", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Producers_CommuneCode_Name_Id",
                table: "Producers",
                columns: new[] { "CommuneCode", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Producers_Name_Id",
                table: "Producers",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Producers_ProvinceCode_Name_Id",
                table: "Producers",
                columns: new[] { "ProvinceCode", "Name", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Products_CommuneCode_Name_Id",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_CurrentStars_Name_Id",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_ProductSetNo_Name_Id",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_ProvinceCode_Name_Id",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Producers_CommuneCode_Name_Id",
                table: "Producers");

            migrationBuilder.DropIndex(
                name: "IX_Producers_Name_Id",
                table: "Producers");

            migrationBuilder.DropIndex(
                name: "IX_Producers_ProvinceCode_Name_Id",
                table: "Producers");

            migrationBuilder.CreateIndex(
                name: "IX_Products_CurrentStars",
                table: "Products",
                column: "CurrentStars");

            migrationBuilder.CreateIndex(
                name: "IX_Products_ProvinceCode_CommuneCode",
                table: "Products",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Producers_ProvinceCode_CommuneCode",
                table: "Producers",
                columns: new[] { "ProvinceCode", "CommuneCode" });
        }
    }
}
