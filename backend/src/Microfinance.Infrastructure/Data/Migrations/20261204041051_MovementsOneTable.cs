using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class MovementsOneTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_loan_repayments_institution_id_created_at",
                table: "loan_repayments");

            migrationBuilder.DropIndex(
                name: "ix_account_transactions_institution_id_created_at",
                table: "account_transactions");

            migrationBuilder.AddColumn<Guid>(
                name: "branch_id",
                table: "loan_repayments",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "client_id",
                table: "loan_repayments",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "branch_id",
                table: "account_transactions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "client_id",
                table: "account_transactions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Every movement and repayment takes its account's or loan's client and branch (neither ever changes).
            migrationBuilder.Sql("""
            UPDATE account_transactions t SET client_id = a.client_id, branch_id = a.branch_id FROM deposit_accounts a WHERE a.id = t.account_id;
            UPDATE loan_repayments r SET client_id = l.client_id, branch_id = l.branch_id FROM loans l WHERE l.id = r.loan_id;
            ALTER TABLE account_transactions ALTER COLUMN client_id DROP DEFAULT, ALTER COLUMN branch_id DROP DEFAULT;
            ALTER TABLE loan_repayments ALTER COLUMN client_id DROP DEFAULT, ALTER COLUMN branch_id DROP DEFAULT;
            """);

            migrationBuilder.CreateIndex(
                name: "ix_loan_repayments_client_id",
                table: "loan_repayments",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_loan_repayments_institution_id_created_at_sequence",
                table: "loan_repayments",
                columns: new[] { "institution_id", "created_at", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_account_transactions_client_id",
                table: "account_transactions",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_account_transactions_institution_id_created_at_sequence",
                table: "account_transactions",
                columns: new[] { "institution_id", "created_at", "sequence" });

            // The two large parts of the view now read one table each, so PostgreSQL merges them newest first from
            // their (institution_id, created_at, sequence) indexes (docs/reporting.md "The transaction explorer").
            migrationBuilder.Sql("""
            CREATE OR REPLACE VIEW movements AS
            SELECT t.id, t.institution_id, 'AccountTransaction'::text AS source, t.type::text AS type, t.amount, t.is_credit,
                   t.value_date, t.channel::text AS channel, t.reference::text AS reference, t.client_id, t.branch_id,
                   t.account_id, NULL::uuid AS loan_id, t.journal_entry_id, t.sequence, t.balance_after, t.created_by,
                   t.created_at, t.reversed_at, t.category_id
            FROM account_transactions t
            UNION ALL
            SELECT r.id, r.institution_id, 'LoanRepayment', 'LoanRepayment', r.amount, TRUE,
                   r.date, r.channel::text, r.reference::text, r.client_id, r.branch_id,
                   NULL::uuid, r.loan_id, r.journal_entry_id, r.sequence, NULL::numeric, r.created_by,
                   r.created_at, r.reversed_at, NULL::uuid
            FROM loan_repayments r
            UNION ALL
            SELECT a.id, a.institution_id, 'OpeningFee', 'OpeningFee', a.opening_fee_paid, TRUE,
                   e.value_date, a.opening_fee_channel::text, NULL::text, a.client_id, a.branch_id,
                   a.id, NULL::uuid, e.id, 0::bigint, NULL::numeric, e.posted_by,
                   e.posted_at, NULL::timestamptz, NULL::uuid
            FROM deposit_accounts a
            JOIN journal_entries e ON e.id = a.opening_fee_entry_id
            UNION ALL
            SELECT l.id, l.institution_id, 'CashDisbursement', 'LoanDisbursement', l.principal, FALSE,
                   e.value_date, l.disbursement_channel::text, l.number::text, l.client_id, l.branch_id,
                   NULL::uuid, l.id, e.id, 0::bigint, NULL::numeric, e.posted_by,
                   e.posted_at, NULL::timestamptz, NULL::uuid
            FROM loans l
            JOIN journal_entries e ON e.id = l.disbursement_entry_id
            WHERE l.disbursement_channel IS NOT NULL;
            """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
            CREATE OR REPLACE VIEW movements AS
            SELECT t.id, t.institution_id, 'AccountTransaction'::text AS source, t.type::text AS type, t.amount, t.is_credit,
                   t.value_date, t.channel::text AS channel, t.reference::text AS reference, a.client_id, a.branch_id,
                   t.account_id, NULL::uuid AS loan_id, t.journal_entry_id, t.sequence, t.balance_after, t.created_by,
                   t.created_at, t.reversed_at, t.category_id
            FROM account_transactions t
            JOIN deposit_accounts a ON a.id = t.account_id
            UNION ALL
            SELECT r.id, r.institution_id, 'LoanRepayment', 'LoanRepayment', r.amount, TRUE,
                   r.date, r.channel::text, r.reference::text, l.client_id, l.branch_id,
                   NULL::uuid, r.loan_id, r.journal_entry_id, r.sequence, NULL::numeric, r.created_by,
                   r.created_at, r.reversed_at, NULL::uuid
            FROM loan_repayments r
            JOIN loans l ON l.id = r.loan_id
            UNION ALL
            SELECT a.id, a.institution_id, 'OpeningFee', 'OpeningFee', a.opening_fee_paid, TRUE,
                   e.value_date, a.opening_fee_channel::text, NULL::text, a.client_id, a.branch_id,
                   a.id, NULL::uuid, e.id, 0::bigint, NULL::numeric, e.posted_by,
                   e.posted_at, NULL::timestamptz, NULL::uuid
            FROM deposit_accounts a
            JOIN journal_entries e ON e.id = a.opening_fee_entry_id
            UNION ALL
            SELECT l.id, l.institution_id, 'CashDisbursement', 'LoanDisbursement', l.principal, FALSE,
                   e.value_date, l.disbursement_channel::text, l.number::text, l.client_id, l.branch_id,
                   NULL::uuid, l.id, e.id, 0::bigint, NULL::numeric, e.posted_by,
                   e.posted_at, NULL::timestamptz, NULL::uuid
            FROM loans l
            JOIN journal_entries e ON e.id = l.disbursement_entry_id
            WHERE l.disbursement_channel IS NOT NULL;
            """);

            migrationBuilder.DropIndex(
                name: "ix_loan_repayments_client_id",
                table: "loan_repayments");

            migrationBuilder.DropIndex(
                name: "ix_loan_repayments_institution_id_created_at_sequence",
                table: "loan_repayments");

            migrationBuilder.DropIndex(
                name: "ix_account_transactions_client_id",
                table: "account_transactions");

            migrationBuilder.DropIndex(
                name: "ix_account_transactions_institution_id_created_at_sequence",
                table: "account_transactions");

            migrationBuilder.DropColumn(
                name: "branch_id",
                table: "loan_repayments");

            migrationBuilder.DropColumn(
                name: "client_id",
                table: "loan_repayments");

            migrationBuilder.DropColumn(
                name: "branch_id",
                table: "account_transactions");

            migrationBuilder.DropColumn(
                name: "client_id",
                table: "account_transactions");

            migrationBuilder.CreateIndex(
                name: "ix_loan_repayments_institution_id_created_at",
                table: "loan_repayments",
                columns: new[] { "institution_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_account_transactions_institution_id_created_at",
                table: "account_transactions",
                columns: new[] { "institution_id", "created_at" });
        }
    }
}
