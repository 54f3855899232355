using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopHub.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Councils : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Councils",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TermFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ChairUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SecretaryUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    QuorumNumerator = table.Column<int>(type: "INTEGER", nullable: false),
                    QuorumDenominator = table.Column<int>(type: "INTEGER", nullable: false),
                    SpreadLimit = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Councils", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CouncilMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilMembers_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<int>(type: "INTEGER", nullable: false),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    RulebookId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SetNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Average = table.Column<decimal>(type: "TEXT", precision: 8, scale: 4, nullable: false),
                    Band = table.Column<int>(type: "INTEGER", nullable: false),
                    Stars = table.Column<int>(type: "INTEGER", nullable: true),
                    Spread = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ExplanationVi = table.Column<string>(type: "TEXT", nullable: false),
                    MembersJson = table.Column<string>(type: "TEXT", nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evaluations_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Evaluations_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScoreSheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<int>(type: "INTEGER", nullable: false),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    MemberName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecusedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMembers_CouncilId_UserId",
                table: "CouncilMembers",
                columns: new[] { "CouncilId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Councils_ProvinceCode_TermFrom",
                table: "Councils",
                columns: new[] { "ProvinceCode", "TermFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_CouncilId",
                table: "Evaluations",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_Evaluations_DossierId",
                table: "Evaluations",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_CouncilId",
                table: "ScoreSheets",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_DossierId_MemberUserId",
                table: "ScoreSheets",
                columns: new[] { "DossierId", "MemberUserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CouncilMembers");

            migrationBuilder.DropTable(
                name: "Evaluations");

            migrationBuilder.DropTable(
                name: "ScoreSheets");

            migrationBuilder.DropTable(
                name: "Councils");
        }
    }
}
