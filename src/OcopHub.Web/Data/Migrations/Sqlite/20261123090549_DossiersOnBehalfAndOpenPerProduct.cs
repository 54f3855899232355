using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopHub.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DossiersOnBehalfAndOpenPerProduct : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BasedOnCertificateId",
                table: "Dossiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedByRole",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_OpenPerProduct",
                table: "Dossiers",
                column: "ProductId",
                unique: true,
                filter: "\"State\" NOT IN ('Recognised', 'NotRecognised', 'Withdrawn', 'Rejected')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_OpenPerProduct",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "BasedOnCertificateId",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "CreatedByRole",
                table: "Dossiers");
        }
    }
}
