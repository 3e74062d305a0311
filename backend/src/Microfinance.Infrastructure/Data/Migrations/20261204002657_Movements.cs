using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Microfinance.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Movements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "disbursement_channel",
                table: "loans",
                type: "character varying(14)",
                maxLength: 14,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "disbursement_entry_id",
                table: "loans",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_loans_disbursement_entry_id",
                table: "loans",
                column: "disbursement_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_loan_repayments_institution_id_created_at",
                table: "loan_repayments",
                columns: new[] { "institution_id", "created_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_loans_journal_entries_disbursement_entry_id",
                table: "loans",
                column: "disbursement_entry_id",
                principalTable: "journal_entries",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.Sql("""
            -- Loans disbursed before this migration: their disbursement entry, found by the description it was posted with
            -- (LoanPostings.DisburseAsync); the channel when no account was credited.
            UPDATE loans l
            SET disbursement_entry_id = e.id,
                disbursement_channel = CASE WHEN e.description LIKE '% en espèces' THEN 'Cash' END
            FROM journal_entries e
            WHERE l.disbursement_date IS NOT NULL AND l.disbursement_entry_id IS NULL
              AND e.institution_id = l.institution_id AND e.source = 'LoanDisbursement' AND e.reverses_entry_id IS NULL
              AND e.description IN ('Décaissement ' || l.number, 'Décaissement ' || l.number || ' en espèces');
            """);

            migrationBuilder.Sql("""
            -- Every movement of money of an institution, one row each, whatever recorded it (docs/reporting.md, the
            -- transaction explorer). Each part is a plain SELECT, so PostgreSQL pushes a filter on any column down into
            -- every part and uses that part's indexes.
            CREATE VIEW movements AS
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW movements;");

            migrationBuilder.DropForeignKey(
                name: "fk_loans_journal_entries_disbursement_entry_id",
                table: "loans");

            migrationBuilder.DropIndex(
                name: "ix_loans_disbursement_entry_id",
                table: "loans");

            migrationBuilder.DropIndex(
                name: "ix_loan_repayments_institution_id_created_at",
                table: "loan_repayments");

            migrationBuilder.DropColumn(
                name: "disbursement_channel",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "disbursement_entry_id",
                table: "loans");
        }
    }
}
