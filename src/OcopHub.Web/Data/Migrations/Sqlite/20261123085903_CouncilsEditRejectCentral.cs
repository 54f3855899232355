using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopHub.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Form",
                table: "Evaluations",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "Meeting");

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "Evaluations",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "province");

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "Councils",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "province");

            migrationBuilder.CreateTable(
                name: "DossierRejections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<int>(type: "INTEGER", nullable: false),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GroundText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CriterionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CriterionCondition = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RejectedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RejectedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<int>(type: "INTEGER", nullable: false),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CompleteDossierOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SwitchedToMeetingAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SwitchedToMeetingBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    MeetingReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
