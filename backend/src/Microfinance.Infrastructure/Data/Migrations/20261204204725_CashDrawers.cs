using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class CashDrawers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "cash_needs_open_drawer",
                table: "institutions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "cash_drawer_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    business_date = table.Column<DateOnly>(type: "date", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    opening_counts = table.Column<string>(type: "jsonb", nullable: false),
                    opening_float = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closing_counts = table.Column<string>(type: "jsonb", nullable: true),
                    counted_cash = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: true),
                    expected_cash = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: true),
                    difference = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: true),
                    difference_entry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closing_note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    validated_by = table.Column<Guid>(type: "uuid", nullable: true),
                    validated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cash_drawer_sessions", x => x.id);
                    table.CheckConstraint("ck_cash_drawer_sessions_amounts", "opening_float >= 0 AND (counted_cash IS NULL OR counted_cash >= 0)");
                    table.CheckConstraint("ck_cash_drawer_sessions_closed", "(status = 'Open') = (closed_at IS NULL) AND (closed_at IS NULL OR difference = counted_cash - expected_cash)");
                    table.ForeignKey(
                        name: "fk_cash_drawer_sessions_branches_branch_id",
                        column: x => x.branch_id,
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cash_drawer_sessions_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cash_drawer_sessions_journal_entries_difference_entry_id",
                        column: x => x.difference_entry_id,
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cash_drawer_sessions_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cash_drawer_sessions_users_validated_by",
                        column: x => x.validated_by,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cash_drawer_sessions_branch_id",
                table: "cash_drawer_sessions",
                column: "branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_cash_drawer_sessions_difference_entry_id",
                table: "cash_drawer_sessions",
                column: "difference_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_cash_drawer_sessions_institution_id_business_date",
                table: "cash_drawer_sessions",
                columns: new[] { "institution_id", "business_date" });

            migrationBuilder.CreateIndex(
                name: "ix_cash_drawer_sessions_institution_id_status",
                table: "cash_drawer_sessions",
                columns: new[] { "institution_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_cash_drawer_sessions_user_id",
                table: "cash_drawer_sessions",
                column: "user_id",
                unique: true,
                filter: "status = 'Open'");

            migrationBuilder.CreateIndex(
                name: "ix_cash_drawer_sessions_validated_by",
                table: "cash_drawer_sessions",
                column: "validated_by");

            // Custom SQL (cash drawers): institutions created before drawers get the account their differences post to.
            ChartOfAccountsMigrations.AddMissingAccounts(migrationBuilder, [("372", "Écarts de caisse", "Asset", "CashDifference")]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cash_drawer_sessions");

            migrationBuilder.DropColumn(
                name: "cash_needs_open_drawer",
                table: "institutions");
        }
    }
}
