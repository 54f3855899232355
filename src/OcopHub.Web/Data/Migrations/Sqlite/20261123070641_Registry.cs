using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopHub.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CraftVillage",
                table: "Producers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExportMarkets",
                table: "Producers",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "GreenValueChain",
                table: "Producers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSme",
                table: "Producers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "LocalWorkers",
                table: "Producers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RegistrationDate",
                table: "Producers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegistrationNumber",
                table: "Producers",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeEthnicity",
                table: "Producers",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeGender",
                table: "Producers",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RepresentativeHasDisability",
                table: "Producers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Producers",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Workers",
                table: "Producers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProducerCertification",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProducerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProducerCertification", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProducerCertification_Producers_ProducerId",
                        column: x => x.ProducerId,
                        principalTable: "Producers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProducerFinancialYear",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProducerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Revenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 0, nullable: true),
                    Profit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 0, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProducerFinancialYear", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProducerFinancialYear_Producers_ProducerId",
                        column: x => x.ProducerId,
                        principalTable: "Producers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProducerSalesChannel",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProducerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProducerSalesChannel", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProducerSalesChannel_Producers_ProducerId",
                        column: x => x.ProducerId,
                        principalTable: "Producers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Products",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RulebookId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProductSetNo = table.Column<int>(type: "INTEGER", nullable: false),
                    SectorCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ProducerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommuneUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OcopCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CodeCommune = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    CodeSequence = table.Column<int>(type: "INTEGER", nullable: true),
                    CodeYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Gtin = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Story = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Packaging = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ShelfLifeDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Standards = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TrademarkNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    GeographicalIndication = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CollectiveMark = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CurrentStars = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Products", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Products_AdministrativeUnits_CommuneUnitId",
                        column: x => x.CommuneUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Products_Producers_ProducerId",
                        column: x => x.ProducerId,
                        principalTable: "Producers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RawMaterialArea",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProducerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AreaHa = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Certification = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RawMaterialArea", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RawMaterialArea_Producers_ProducerId",
                        column: x => x.ProducerId,
                        principalTable: "Producers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProductOcopRecord",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Stars = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    RulebookId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductOcopRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductOcopRecord_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProductPhotos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductPhotos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductPhotos_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Producers_LegalForm",
                table: "Producers",
                column: "LegalForm");

            migrationBuilder.CreateIndex(
                name: "IX_ProducerCertification_Kind_ProducerId",
                table: "ProducerCertification",
                columns: new[] { "Kind", "ProducerId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProducerCertification_ProducerId",
                table: "ProducerCertification",
                column: "ProducerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProducerFinancialYear_ProducerId_Year",
                table: "ProducerFinancialYear",
                columns: new[] { "ProducerId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProducerSalesChannel_ProducerId",
                table: "ProducerSalesChannel",
                column: "ProducerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductOcopRecord_ProductId_EvaluationYear",
                table: "ProductOcopRecord",
                columns: new[] { "ProductId", "EvaluationYear" });

            migrationBuilder.CreateIndex(
                name: "IX_ProductPhotos_ProductId",
                table: "ProductPhotos",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Products_CodeCommune_CodeSequence",
                table: "Products",
                columns: new[] { "CodeCommune", "CodeSequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_CommuneUnitId",
                table: "Products",
                column: "CommuneUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Products_CurrentStars",
                table: "Products",
                column: "CurrentStars");

            migrationBuilder.CreateIndex(
                name: "IX_Products_OcopCode",
                table: "Products",
                column: "OcopCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Products_ProducerId",
                table: "Products",
                column: "ProducerId");

            migrationBuilder.CreateIndex(
                name: "IX_Products_ProvinceCode_CommuneCode",
                table: "Products",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_RulebookId_ProductSetNo",
                table: "Products",
                columns: new[] { "RulebookId", "ProductSetNo" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_SearchName",
                table: "Products",
                column: "SearchName");

            migrationBuilder.CreateIndex(
                name: "IX_RawMaterialArea_ProducerId",
                table: "RawMaterialArea",
                column: "ProducerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProducerCertification");

            migrationBuilder.DropTable(
                name: "ProducerFinancialYear");

            migrationBuilder.DropTable(
                name: "ProducerSalesChannel");

            migrationBuilder.DropTable(
                name: "ProductOcopRecord");

            migrationBuilder.DropTable(
                name: "ProductPhotos");

            migrationBuilder.DropTable(
                name: "RawMaterialArea");

            migrationBuilder.DropTable(
                name: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Producers_LegalForm",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "CraftVillage",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "ExportMarkets",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "GreenValueChain",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "IsSme",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "LocalWorkers",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "RegistrationDate",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "RegistrationNumber",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "RepresentativeEthnicity",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "RepresentativeGender",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "RepresentativeHasDisability",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "Workers",
                table: "Producers");
        }
    }
}
