using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OcopHub.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Certificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RevokedOn",
                table: "ProductOcopRecord",
                type: "date",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Url",
                table: "Notifications",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "Notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RecognitionDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignerTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecognitionDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RewardPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProvinceCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Amount3Stars = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: false),
                    Amount4Stars = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: false),
                    Amount5Stars = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: false),
                    Basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Certificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Issuer = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    ProducerId = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProducerName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProducerAddress = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: true),
                    Stars = table.Column<int>(type: "integer", nullable: false),
                    Points = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    RulebookId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DossierId = table.Column<int>(type: "integer", nullable: true),
                    EvaluationId = table.Column<int>(type: "integer", nullable: true),
                    ReEvaluationFiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SupersededOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SupersededById = table.Column<int>(type: "integer", nullable: true),
                    SupersededByNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevocationGround = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    RevocationDecisionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RevocationSignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RevocationSignerTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RevocationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RevocationTriggeredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevocationDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    RevocationInspectionId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Certificates_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Certificates_RecognitionDecisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "RecognitionDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CertificateInspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CertificateId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Inspector = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CriteriaStillMet = table.Column<bool>(type: "boolean", nullable: false),
                    MarkUsedCorrectly = table.Column<bool>(type: "boolean", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CommuneCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateInspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificateInspections_Certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_Key",
                table: "Notifications",
                columns: new[] { "UserId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CertificateInspections_CertificateId",
                table: "CertificateInspections",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_DecisionId",
                table: "Certificates",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ExpiresOn",
                table: "Certificates",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Issuer_Year_Sequence",
                table: "Certificates",
                columns: new[] { "Issuer", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Number",
                table: "Certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ProductId",
                table: "Certificates",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ProvinceCode_CommuneCode",
                table: "Certificates",
                columns: new[] { "ProvinceCode", "CommuneCode" });

            migrationBuilder.CreateIndex(
                name: "IX_RecognitionDecisions_ProvinceCode_DecisionDate",
                table: "RecognitionDecisions",
                columns: new[] { "ProvinceCode", "DecisionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_RewardPolicies_ProvinceCode_Year",
                table: "RewardPolicies",
                columns: new[] { "ProvinceCode", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CertificateInspections");

            migrationBuilder.DropTable(
                name: "RewardPolicies");

            migrationBuilder.DropTable(
                name: "Certificates");

            migrationBuilder.DropTable(
                name: "RecognitionDecisions");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_UserId_Key",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "RevokedOn",
                table: "ProductOcopRecord");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "Notifications");

            migrationBuilder.AlterColumn<string>(
                name: "Url",
                table: "Notifications",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500,
                oldNullable: true);
        }
    }
}
