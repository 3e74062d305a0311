using Microsoft.EntityFrameworkCore.Migrations;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// Database-side guard for tables that are history (audit trail, posted journal lines): UPDATE, DELETE and TRUNCATE
/// are refused by triggers, whatever the application does.
/// </summary>
internal static class AppendOnlyTables
{
    public static void CreateGuardFunction(MigrationBuilder migration) => migration.Sql("""
        CREATE OR REPLACE FUNCTION refuse_modification() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$;
        """);

    public static void Protect(MigrationBuilder migration, string table) => migration.Sql($"""
        CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION refuse_modification();
        CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION refuse_modification();
        """);
}
