using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class SavingsInterest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "savings_interest_postings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    minimum_balance = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    annual_interest_rate_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    days = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    account_transaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    journal_entry_id = table.Column<Guid>(type: "uuid", nullable: true),
                    posted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_savings_interest_postings", x => x.id);
                    table.CheckConstraint("ck_savings_interest_postings_amount", "amount >= 0 AND (amount > 0) = (account_transaction_id IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_savings_interest_postings_account_transactions_account_tran~",
                        column: x => x.account_transaction_id,
                        principalTable: "account_transactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_savings_interest_postings_deposit_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "deposit_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_savings_interest_postings_journal_entries_journal_entry_id",
                        column: x => x.journal_entry_id,
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_savings_interest_postings_account_id_month",
                table: "savings_interest_postings",
                columns: new[] { "account_id", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_savings_interest_postings_account_transaction_id",
                table: "savings_interest_postings",
                column: "account_transaction_id");

            migrationBuilder.CreateIndex(
                name: "ix_savings_interest_postings_institution_id_month",
                table: "savings_interest_postings",
                columns: new[] { "institution_id", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_savings_interest_postings_journal_entry_id",
                table: "savings_interest_postings",
                column: "journal_entry_id");

            // Custom SQL: a month's settlement of an account is never changed, like the ledger it points to.
            AppendOnlyTables.Protect(migrationBuilder, "savings_interest_postings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "savings_interest_postings");
        }
    }
}
