using Microsoft.EntityFrameworkCore.Migrations;

namespace Microfinance.Infrastructure.Data;

/// <summary>Brings every existing institution's chart up to a newer default chart, without touching what they changed.</summary>
internal static class ChartOfAccountsMigrations
{
    /// <summary>
    /// For each (code, name, type, purpose): creates the GL account where an institution lacks the code (when a name is
    /// given) and maps the purpose to that code's account where the institution has no mapping for it yet.
    /// </summary>
    public static void AddMissingAccounts(MigrationBuilder migration, IEnumerable<(string Code, string? Name, string? Type, string Purpose)> accounts)
    {
        foreach (var (code, name, type, purpose) in accounts)
        {
            if (name is not null)
                migration.Sql($"""
                    INSERT INTO gl_accounts (id, institution_id, code, name, type, class, is_active, created_at)
                    SELECT gen_random_uuid(), i.id, '{code}', '{name.Replace("'", "''")}', '{type}', {code[0]}, true, now()
                    FROM institutions i
                    WHERE NOT EXISTS (SELECT 1 FROM gl_accounts g WHERE g.institution_id = i.id AND g.code = '{code}');
                    """);
            migration.Sql($"""
                INSERT INTO ledger_mappings (id, institution_id, purpose, gl_account_id)
                SELECT gen_random_uuid(), g.institution_id, '{purpose}', g.id
                FROM gl_accounts g
                WHERE g.code = '{code}'
                  AND NOT EXISTS (SELECT 1 FROM ledger_mappings m WHERE m.institution_id = g.institution_id AND m.purpose = '{purpose}');
                """);
        }
    }
}
