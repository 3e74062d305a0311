using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Dashboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ledger_day_totals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    posted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    debit = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    credit = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_day_totals", x => x.id);
                    table.ForeignKey(
                        name: "fk_ledger_day_totals_gl_accounts_gl_account_id",
                        column: x => x.gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_ledger_day_totals_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "movement_day_totals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_movement_day_totals", x => x.id);
                    table.ForeignKey(
                        name: "fk_movement_day_totals_branches_branch_id",
                        column: x => x.branch_id,
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_movement_day_totals_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "portfolio_snapshots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    loans = table.Column<int>(type: "integer", nullable: false),
                    loans_in_arrears = table.Column<int>(type: "integer", nullable: false),
                    outstanding = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    at_risk1 = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    at_risk30 = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    at_risk90 = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_portfolio_snapshots", x => x.id);
                    table.ForeignKey(
                        name: "fk_portfolio_snapshots_branches_branch_id",
                        column: x => x.branch_id,
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_portfolio_snapshots_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_loan_installments_unpaid_due_date",
                table: "loan_installments",
                column: "due_date",
                filter: "principal_paid + interest_paid + fees_paid + penalties_paid < principal_due + interest_due + fees_due + penalties_due");

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_institution_id_posted_at",
                table: "journal_entries",
                columns: new[] { "institution_id", "posted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_day_totals_gl_account_id",
                table: "ledger_day_totals",
                column: "gl_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_day_totals_institution_id_gl_account_id",
                table: "ledger_day_totals",
                columns: new[] { "institution_id", "gl_account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_day_totals_institution_id_posted_on_gl_account_id_mo~",
                table: "ledger_day_totals",
                columns: new[] { "institution_id", "posted_on", "gl_account_id", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_movement_day_totals_branch_id",
                table: "movement_day_totals",
                column: "branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_movement_day_totals_institution_id_month",
                table: "movement_day_totals",
                columns: new[] { "institution_id", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_movement_day_totals_institution_id_recorded_on_branch_id_mo~",
                table: "movement_day_totals",
                columns: new[] { "institution_id", "recorded_on", "branch_id", "month", "type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_portfolio_snapshots_branch_id",
                table: "portfolio_snapshots",
                column: "branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_portfolio_snapshots_institution_id_date_branch_id",
                table: "portfolio_snapshots",
                columns: new[] { "institution_id", "date", "branch_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ledger_day_totals");

            migrationBuilder.DropTable(
                name: "movement_day_totals");

            migrationBuilder.DropTable(
                name: "portfolio_snapshots");

            migrationBuilder.DropIndex(
                name: "ix_loan_installments_unpaid_due_date",
                table: "loan_installments");

            migrationBuilder.DropIndex(
                name: "ix_journal_entries_institution_id_posted_at",
                table: "journal_entries");
        }
    }
}
