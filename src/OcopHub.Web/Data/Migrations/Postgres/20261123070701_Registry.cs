using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OcopHub.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Producers_SearchName",
                table: "Producers");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "CraftVillage",
                table: "Producers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExportMarkets",
                table: "Producers",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "GreenValueChain",
                table: "Producers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSme",
                table: "Producers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "LocalWorkers",
                table: "Producers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RegistrationDate",
                table: "Producers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegistrationNumber",
                table: "Producers",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeEthnicity",
                table: "Producers",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepresentativeGender",
                table: "Producers",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RepresentativeHasDisability",
                table: "Producers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Producers",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Workers",
                table: "Producers",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProducerCertification",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProducerId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProducerId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Revenue = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: true),
                    Profit = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProducerId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SearchName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RulebookId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProductSetNo = table.Column<int>(type: "integer", nullable: false),
                    SectorCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ProducerId = table.Column<int>(type: "integer", nullable: false),
                    CommuneUnitId = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OcopCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CodeCommune = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    CodeSequence = table.Column<int>(type: "integer", nullable: true),
                    CodeYear = table.Column<int>(type: "integer", nullable: false),
                    Gtin = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Story = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Packaging = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Label = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ShelfLifeDays = table.Column<int>(type: "integer", nullable: true),
                    Standards = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    TrademarkNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    GeographicalIndication = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CollectiveMark = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CurrentStars = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProducerId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AreaHa = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Certification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    EvaluationYear = table.Column<int>(type: "integer", nullable: false),
                    Stars = table.Column<int>(type: "integer", nullable: false),
                    Points = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    RulebookId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    StoredName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Caption = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_Producers_SearchName",
                table: "Producers",
                column: "SearchName")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

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
                column: "SearchName")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Products_SearchText",
                table: "Products",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

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

            migrationBuilder.DropIndex(
                name: "IX_Producers_SearchName",
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

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_Producers_SearchName",
                table: "Producers",
                column: "SearchName");
        }
    }
}
