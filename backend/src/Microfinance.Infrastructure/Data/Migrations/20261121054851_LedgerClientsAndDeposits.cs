using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class LedgerClientsAndDeposits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clients",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    first_name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    last_name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    occupation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    id_document_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    id_document_number = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    id_document_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    assigned_agent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clients", x => x.id);
                    table.ForeignKey(
                        name: "fk_clients_branches_branch_id",
                        column: x => x.branch_id,
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "gl_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    @class = table.Column<int>(name: "class", type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gl_accounts", x => x.id);
                    table.ForeignKey(
                        name: "fk_gl_accounts_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: false),
                    response_body = table.Column<string>(type: "text", nullable: false),
                    location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => new { x.institution_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "journal_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    value_date = table.Column<DateOnly>(type: "date", nullable: false),
                    posted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    posted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    reverses_entry_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_journal_entries_journal_entries_reverses_entry_id",
                        column: x => x.reverses_entry_id,
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "number_counters",
                columns: table => new
                {
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    last_value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_number_counters", x => new { x.institution_id, x.name });
                });

            migrationBuilder.CreateTable(
                name: "deposit_products",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    annual_interest_rate_percent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    minimum_balance = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    opening_fee = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    withdrawal_approval_threshold = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: true),
                    allows_single_step_opening = table.Column<bool>(type: "boolean", nullable: false),
                    deposits_gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fee_income_gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    interest_expense_gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deposit_products", x => x.id);
                    table.ForeignKey(
                        name: "fk_deposit_products_gl_accounts_deposits_gl_account_id",
                        column: x => x.deposits_gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deposit_products_gl_accounts_fee_income_gl_account_id",
                        column: x => x.fee_income_gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deposit_products_gl_accounts_interest_expense_gl_account_id",
                        column: x => x.interest_expense_gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ledger_mappings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    gl_account_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ledger_mappings", x => x.id);
                    table.ForeignKey(
                        name: "fk_ledger_mappings_gl_accounts_gl_account_id",
                        column: x => x.gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deposit_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    branch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    balance = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    last_sequence = table.Column<long>(type: "bigint", nullable: false),
                    last_value_date = table.Column<DateOnly>(type: "date", nullable: true),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_by = table.Column<Guid>(type: "uuid", nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    activated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deposit_accounts", x => x.id);
                    table.CheckConstraint("ck_deposit_accounts_balance_not_negative", "balance >= 0");
                    table.ForeignKey(
                        name: "fk_deposit_accounts_branches_branch_id",
                        column: x => x.branch_id,
                        principalTable: "branches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deposit_accounts_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deposit_accounts_deposit_products_product_id",
                        column: x => x.product_id,
                        principalTable: "deposit_products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "account_transactions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    type = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    is_credit = table.Column<bool>(type: "boolean", nullable: false),
                    balance_after = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    value_date = table.Column<DateOnly>(type: "date", nullable: false),
                    channel = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    reference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    journal_entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    counterpart_account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reverses_transaction_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reversed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reversed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    reversal_reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_transactions", x => x.id);
                    table.CheckConstraint("ck_account_transactions_amount_positive", "amount > 0");
                    table.ForeignKey(
                        name: "fk_account_transactions_deposit_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "deposit_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_account_transactions_journal_entries_journal_entry_id",
                        column: x => x.journal_entry_id,
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "journal_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    gl_account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deposit_account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    debit = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    credit = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal_lines", x => x.id);
                    table.CheckConstraint("ck_journal_lines_one_positive_side", "debit >= 0 AND credit >= 0 AND (debit = 0) <> (credit = 0)");
                    table.ForeignKey(
                        name: "fk_journal_lines_deposit_accounts_deposit_account_id",
                        column: x => x.deposit_account_id,
                        principalTable: "deposit_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_journal_lines_gl_accounts_gl_account_id",
                        column: x => x.gl_account_id,
                        principalTable: "gl_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_journal_lines_journal_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "withdrawal_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    channel = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    value_date = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    transaction_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_withdrawal_requests", x => x.id);
                    table.CheckConstraint("ck_withdrawal_requests_amount_positive", "amount > 0");
                    table.ForeignKey(
                        name: "fk_withdrawal_requests_deposit_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "deposit_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_account_transactions_account_id_sequence",
                table: "account_transactions",
                columns: new[] { "account_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_account_transactions_institution_id_created_at",
                table: "account_transactions",
                columns: new[] { "institution_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_account_transactions_journal_entry_id",
                table: "account_transactions",
                column: "journal_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_account_transactions_reverses_transaction_id",
                table: "account_transactions",
                column: "reverses_transaction_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_clients_branch_id",
                table: "clients",
                column: "branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_clients_institution_id_id_document_hash",
                table: "clients",
                columns: new[] { "institution_id", "id_document_hash" },
                unique: true,
                filter: "id_document_hash IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_clients_institution_id_last_name_first_name",
                table: "clients",
                columns: new[] { "institution_id", "last_name", "first_name" });

            migrationBuilder.CreateIndex(
                name: "ix_clients_institution_id_number",
                table: "clients",
                columns: new[] { "institution_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_clients_institution_id_phone",
                table: "clients",
                columns: new[] { "institution_id", "phone" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deposit_accounts_branch_id",
                table: "deposit_accounts",
                column: "branch_id");

            migrationBuilder.CreateIndex(
                name: "ix_deposit_accounts_client_id",
                table: "deposit_accounts",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_deposit_accounts_institution_id_number",
                table: "deposit_accounts",
                columns: new[] { "institution_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deposit_accounts_institution_id_status",
                table: "deposit_accounts",
                columns: new[] { "institution_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_deposit_accounts_product_id",
                table: "deposit_accounts",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_deposit_products_deposits_gl_account_id",
                table: "deposit_products",
                column: "deposits_gl_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_deposit_products_fee_income_gl_account_id",
                table: "deposit_products",
                column: "fee_income_gl_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_deposit_products_institution_id_code",
                table: "deposit_products",
                columns: new[] { "institution_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deposit_products_interest_expense_gl_account_id",
                table: "deposit_products",
                column: "interest_expense_gl_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_gl_accounts_institution_id_code",
                table: "gl_accounts",
                columns: new[] { "institution_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_created_at",
                table: "idempotency_keys",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_institution_id_value_date",
                table: "journal_entries",
                columns: new[] { "institution_id", "value_date" });

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_number",
                table: "journal_entries",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_reverses_entry_id",
                table: "journal_entries",
                column: "reverses_entry_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_journal_lines_deposit_account_id",
                table: "journal_lines",
                column: "deposit_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_journal_lines_entry_id",
                table: "journal_lines",
                column: "entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_journal_lines_gl_account_id",
                table: "journal_lines",
                column: "gl_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_journal_lines_institution_id_gl_account_id",
                table: "journal_lines",
                columns: new[] { "institution_id", "gl_account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ledger_mappings_gl_account_id",
                table: "ledger_mappings",
                column: "gl_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_ledger_mappings_institution_id_purpose",
                table: "ledger_mappings",
                columns: new[] { "institution_id", "purpose" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_withdrawal_requests_account_id",
                table: "withdrawal_requests",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_withdrawal_requests_institution_id_status",
                table: "withdrawal_requests",
                columns: new[] { "institution_id", "status" });

            AppendOnlyTables.Protect(migrationBuilder, "journal_entries");
            AppendOnlyTables.Protect(migrationBuilder, "journal_lines");
            LedgerConstraints.CreateBalancedEntryTriggers(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            LedgerConstraints.DropBalancedEntryTriggers(migrationBuilder);
            migrationBuilder.DropTable(
                name: "account_transactions");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "journal_lines");

            migrationBuilder.DropTable(
                name: "ledger_mappings");

            migrationBuilder.DropTable(
                name: "number_counters");

            migrationBuilder.DropTable(
                name: "withdrawal_requests");

            migrationBuilder.DropTable(
                name: "journal_entries");

            migrationBuilder.DropTable(
                name: "deposit_accounts");

            migrationBuilder.DropTable(
                name: "clients");

            migrationBuilder.DropTable(
                name: "deposit_products");

            migrationBuilder.DropTable(
                name: "gl_accounts");
        }
    }
}
