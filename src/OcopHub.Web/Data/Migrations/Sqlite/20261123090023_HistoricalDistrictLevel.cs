using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopHub.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HistoricalDistrictLevel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CouncilLevel",
                table: "ProductOcopRecord",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DistrictCode",
                table: "ProductOcopRecord",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DistrictName",
                table: "ProductOcopRecord",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CouncilLevel",
                table: "ProductOcopRecord");

            migrationBuilder.DropColumn(
                name: "DistrictCode",
                table: "ProductOcopRecord");

            migrationBuilder.DropColumn(
                name: "DistrictName",
                table: "ProductOcopRecord");
        }
    }
}
