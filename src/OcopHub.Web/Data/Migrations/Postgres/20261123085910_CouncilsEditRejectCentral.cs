using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OcopHub.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CouncilsEditRejectCentral : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KnockOutsJson",
                table: "ScoreSheets",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Form",
                table: "Evaluations",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "Meeting");

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "Evaluations",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "province");

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "Councils",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "province");

            migrationBuilder.CreateTable(
                name: "DossierRejections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    CouncilId = table.Column<int>(type: "integer", nullable: true),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Ground = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GroundText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CriterionCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CriterionCondition = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RejectedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RejectedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierRejections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierRejections_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DossierRejections_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScoringSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DossierId = table.Column<int>(type: "integer", nullable: false),
                    CouncilId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Form = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CompleteDossierOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SwitchedToMeetingAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SwitchedToMeetingBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    MeetingReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoringSessions_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScoringSessions_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DossierRejections_CouncilId",
                table: "DossierRejections",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierRejections_DossierId",
                table: "DossierRejections",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoringSessions_CouncilId",
                table: "ScoringSessions",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoringSessions_DossierId_Level",
                table: "ScoringSessions",
                columns: new[] { "DossierId", "Level" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DossierRejections");

            migrationBuilder.DropTable(
                name: "ScoringSessions");

            migrationBuilder.DropColumn(
                name: "KnockOutsJson",
                table: "ScoreSheets");

            migrationBuilder.DropColumn(
                name: "Form",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "Evaluations");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "Councils");
        }
    }
}
