using Microsoft.EntityFrameworkCore.Migrations;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// audit_chain_head(institution, lock_base, chain_count, fallback): takes the first of an institution's audit chains
/// whose transaction-scoped advisory lock (lock_base XOR chain) is free — or waits for chain <c>fallback</c> when all
/// are busy — and returns that chain's last sequence and hash (0 and the genesis hash when empty). One round trip
/// where the loop of try-locks and the read used to take two or more (ADR 0011).
/// </summary>
internal static class AuditChainHeadFunction
{
    public static void Create(MigrationBuilder migration) => migration.Sql("""
        CREATE OR REPLACE FUNCTION audit_chain_head(institution uuid, lock_base bigint, chain_count int, fallback int)
        RETURNS TABLE (chain int, sequence bigint, hash text) LANGUAGE plpgsql AS $$
        DECLARE taken int;
        BEGIN
            FOR c IN 0 .. chain_count - 1 LOOP
                IF pg_try_advisory_xact_lock(lock_base # c) THEN taken := c; EXIT; END IF;
            END LOOP;
            IF taken IS NULL THEN
                taken := fallback;
                PERFORM pg_advisory_xact_lock(lock_base # taken);
            END IF;
            chain := taken;
            -- Two statements rather than IS NOT DISTINCT FROM, which no index serves.
            IF institution IS NULL THEN
                SELECT r.sequence, r.hash INTO sequence, hash FROM audit_records r
                 WHERE r.institution_id IS NULL AND r.chain = taken ORDER BY r.sequence DESC LIMIT 1;
            ELSE
                SELECT r.sequence, r.hash INTO sequence, hash FROM audit_records r
                 WHERE r.institution_id = institution AND r.chain = taken ORDER BY r.sequence DESC LIMIT 1;
            END IF;
            sequence := coalesce(sequence, 0);
            hash := coalesce(hash, repeat('0', 64));
            RETURN NEXT;
        END $$;
        """);

    public static void Drop(MigrationBuilder migration) =>
        migration.Sql("DROP FUNCTION IF EXISTS audit_chain_head(uuid, bigint, int, int);");
}
