using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class LedgerDayTotalsByValueDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The sums were by value month; they are by value date now. The next end of day sums every day again from the
            // first entry (RecordDayTotals starts over when none is summed); until then the readers add every line live.
            migrationBuilder.Sql("DELETE FROM ledger_day_totals");

            migrationBuilder.DropIndex(
                name: "ix_ledger_day_totals_institution_id_posted_on_gl_account_id_mo~",
                table: "ledger_day_totals");

            migrationBuilder.RenameColumn(
                name: "month",
                table: "ledger_day_totals",
                newName: "value_date");

            migrationBuilder.AddColumn<bool>(
                name: "year_end_close",
                table: "ledger_day_totals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "ix_ledger_day_totals_institution_id_posted_on_gl_account_id_va~",
                table: "ledger_day_totals",
                columns: new[] { "institution_id", "posted_on", "gl_account_id", "value_date", "year_end_close" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM ledger_day_totals");

            migrationBuilder.DropIndex(
                name: "ix_ledger_day_totals_institution_id_posted_on_gl_account_id_va~",
                table: "ledger_day_totals");

            migrationBuilder.DropColumn(
                name: "year_end_close",
                table: "ledger_day_totals");

            migrationBuilder.RenameColumn(
                name: "value_date",
                table: "ledger_day_totals",
                newName: "month");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_day_totals_institution_id_posted_on_gl_account_id_mo~",
                table: "ledger_day_totals",
                columns: new[] { "institution_id", "posted_on", "gl_account_id", "month" },
                unique: true);
        }
    }
}
