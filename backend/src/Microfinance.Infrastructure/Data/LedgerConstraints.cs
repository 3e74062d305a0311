using Microsoft.EntityFrameworkCore.Migrations;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// The database's own check that every journal entry balances: deferred constraint triggers run at commit, once all
/// of an entry's lines are in, and refuse the transaction if an entry has fewer than two lines or debits ≠ credits.
/// The domain checks the same before writing (TIGER_STYLE: assert at both ends).
/// </summary>
internal static class LedgerConstraints
{
    public static void CreateBalancedEntryTriggers(MigrationBuilder migration) => migration.Sql("""
        CREATE OR REPLACE FUNCTION check_journal_entry_balanced(entry uuid) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE debits numeric; credits numeric; line_count int;
        BEGIN
            SELECT coalesce(sum(debit), 0), coalesce(sum(credit), 0), count(*) INTO debits, credits, line_count
              FROM journal_lines WHERE entry_id = entry;
            IF line_count < 2 OR debits <> credits THEN
                RAISE EXCEPTION 'journal entry % is unbalanced: debits %, credits %, % line(s)', entry, debits, credits, line_count
                    USING ERRCODE = 'check_violation';
            END IF;
        END $$;

        CREATE OR REPLACE FUNCTION journal_line_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM check_journal_entry_balanced(NEW.entry_id); RETURN NULL; END $$;

        CREATE OR REPLACE FUNCTION journal_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM check_journal_entry_balanced(NEW.id); RETURN NULL; END $$;

        CREATE CONSTRAINT TRIGGER journal_lines_balanced AFTER INSERT ON journal_lines
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_line_balanced();
        CREATE CONSTRAINT TRIGGER journal_entries_have_balanced_lines AFTER INSERT ON journal_entries
            DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_balanced();
        """);

    public static void DropBalancedEntryTriggers(MigrationBuilder migration) => migration.Sql("""
        DROP TRIGGER IF EXISTS journal_lines_balanced ON journal_lines;
        DROP TRIGGER IF EXISTS journal_entries_have_balanced_lines ON journal_entries;
        DROP FUNCTION IF EXISTS journal_line_balanced();
        DROP FUNCTION IF EXISTS journal_entry_balanced();
        DROP FUNCTION IF EXISTS check_journal_entry_balanced(uuid);
        """);
}
