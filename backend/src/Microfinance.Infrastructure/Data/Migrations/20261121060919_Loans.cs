using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Loans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "usury_cap_percent",
                table: "institutions",
                type: "numeric(7,4)",
                precision: 7,
                scale: 4,
                nullable: false,
                defaultValue: 24m);

            migrationBuilder.AlterColumn<string>(
                name: "type",
                table: "account_transactions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12);

            migrationBuilder.CreateTable(
                name: "loan_products",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    min_amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    max_amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    min_installments = table.Column<int>(type: "integer", nullable: false),
                    max_installments = table.Column<int>(type: "integer", nullable: false),
                    frequency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    interest_method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    amortization = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    min_rate_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    max_rate_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    max_grace_periods = table.Column<int>(type: "integer", nullable: false),
                    processing_fee_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    penalty_kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    penalty_value = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    guarantee_required_above = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: true),
                    min_savings_age_days = table.Column<int>(type: "integer", nullable: false),
                    max_amount_to_savings_ratio = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    portfolio_gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    interest_income_gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fee_income_gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    penalty_income_gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    penalties_receivable_gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    loss_expense_gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_loan_products", x => x.id);
                    table.ForeignKey(
                        name: "fk_loan_products_gl_accounts_fee_income_gl_account_id",
                        column: x => x.fee_income_gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_loan_products_gl_accounts_interest_income_gl_account_id",
                        column: x => x.interest_income_gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_loan_products_gl_accounts_loss_expense_gl_account_id",
                        column: x => x.loss_expense_gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_loan_products_gl_accounts_penalties_receivable_gl_account_id",
                        column: x => x.penalties_receivable_gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_loan_products_gl_accounts_penalty_income_gl_account_id",
                        column: x => x.penalty_income_gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_loan_products_gl_accounts_portfolio_gl_account_id",
                        column: x => x.portfolio_gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "loans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    principal = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    annual_interest_rate_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    number_of_installments = table.Column<int>(type: "integer", nullable: false),
                    frequency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    interest_method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    amortization = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    grace_periods = table.Column<int>(type: "integer", nullable: false),
                    processing_fee_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    purpose = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    guarantee = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reviewed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    recommended_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status_reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    disbursement_date = table.Column<DateOnly>(type: "date", nullable: true),
                    penalties_applied_through = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    days_in_arrears_recorded = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_loans", x => x.id);
                    table.ForeignKey(
                        name: "fk_loans_branches_branch_id",
                        column: x => x.branch_id,
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_loans_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_loans_loan_products_product_id",
                        column: x => x.product_id,
                        principalTable: "loan_products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "loan_installments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    loan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    principal_due = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    interest_due = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    fees_due = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    penalties_due = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    principal_paid = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    interest_paid = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    fees_paid = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    penalties_paid = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_loan_installments", x => x.id);
                    table.CheckConstraint("ck_loan_installments_paid_within_due", "principal_paid BETWEEN 0 AND principal_due AND interest_paid BETWEEN 0 AND interest_due AND fees_paid BETWEEN 0 AND fees_due AND penalties_paid BETWEEN 0 AND penalties_due");
                    table.ForeignKey(
                        name: "fk_loan_installments_loans_loan_id",
                        column: x => x.loan_id,
                        principalTable: "loans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "loan_penalty_charges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    loan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    installment_number = table.Column<int>(type: "integer", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    journal_entry_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_loan_penalty_charges", x => x.id);
                    table.ForeignKey(
                        name: "fk_loan_penalty_charges_journal_entries_journal_entry_id",
                        column: x => x.journal_entry_id,
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_loan_penalty_charges_loans_loan_id",
                        column: x => x.loan_id,
                        principalTable: "loans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "loan_repayments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    loan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    channel = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    penalties_part = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    fees_part = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    interest_part = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    principal_part = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    journal_entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reversed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reversed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    reversal_reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_loan_repayments", x => x.id);
                    table.CheckConstraint("ck_loan_repayments_parts_sum", "amount > 0 AND penalties_part + fees_part + interest_part + principal_part = amount");
                    table.ForeignKey(
                        name: "fk_loan_repayments_journal_entries_journal_entry_id",
                        column: x => x.journal_entry_id,
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_loan_repayments_loans_loan_id",
                        column: x => x.loan_id,
                        principalTable: "loans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_loan_installments_loan_id_number",
                table: "loan_installments",
                columns: new[] { "loan_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_loan_penalty_charges_journal_entry_id",
                table: "loan_penalty_charges",
                column: "journal_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_loan_penalty_charges_loan_id_installment_number_day",
                table: "loan_penalty_charges",
                columns: new[] { "loan_id", "installment_number", "day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_loan_products_fee_income_gl_account_id",
                table: "loan_products",
                column: "fee_income_gl_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_loan_products_institution_id_code",
                table: "loan_products",
                columns: new[] { "institution_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_loan_products_interest_income_gl_account_id",
                table: "loan_products",
                column: "interest_income_gl_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_loan_products_loss_expense_gl_account_id",
                table: "loan_products",
                column: "loss_expense_gl_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_loan_products_penalties_receivable_gl_account_id",
                table: "loan_products",
                column: "penalties_receivable_gl_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_loan_products_penalty_income_gl_account_id",
                table: "loan_products",
                column: "penalty_income_gl_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_loan_products_portfolio_gl_account_id",
                table: "loan_products",
                column: "portfolio_gl_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_loan_repayments_journal_entry_id",
                table: "loan_repayments",
                column: "journal_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_loan_repayments_loan_id_sequence",
                table: "loan_repayments",
                columns: new[] { "loan_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_loans_branch_id",
                table: "loans",
                column: "branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_loans_client_id",
                table: "loans",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_loans_institution_id_number",
                table: "loans",
                columns: new[] { "institution_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_loans_institution_id_status",
                table: "loans",
                columns: new[] { "institution_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_loans_product_id",
                table: "loans",
                column: "product_id");

            // Institutions created before loans get the accounts and purposes loans post to.
            ChartOfAccountsMigrations.AddMissingAccounts(migrationBuilder, [
                ("272", "Pénalités de retard à recevoir", "Asset", "PenaltiesReceivable"),
                ("651", "Pertes sur créances irrécouvrables", "Expense", "LoanLossExpense"),
                ("201", null, null, "LoanPortfolio"),
                ("701", null, null, "LoanInterestIncome"),
                ("702", null, null, "LoanFeeIncome"),
                ("703", null, null, "PenaltyIncome"),
            ]);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "loan_installments");

            migrationBuilder.DropTable(
                name: "loan_penalty_charges");

            migrationBuilder.DropTable(
                name: "loan_repayments");

            migrationBuilder.DropTable(
                name: "loans");

            migrationBuilder.DropTable(
                name: "loan_products");

            migrationBuilder.DropColumn(
                name: "usury_cap_percent",
                table: "institutions");

            migrationBuilder.AlterColumn<string>(
                name: "type",
                table: "account_transactions",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);
        }
    }
}
