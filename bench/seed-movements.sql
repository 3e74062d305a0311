-- Tops the demo institution up to :movements account movements for the dashboard bench (bench/seed.sql first): deposits
-- and withdrawals spread over the bench accounts and over the last twelve months, each a balanced journal entry, each
-- account's sequence, balance_after and balance carried on, so the ledger still verifies; recorded and posted on their
-- value date (10:00), as if entered day by day.
-- Usage: psql -v movements=1000000 -f bench/seed-movements.sql
\set ON_ERROR_STOP on
BEGIN;

SELECT greatest(0, :movements - (SELECT count(*) FROM account_transactions)) AS missing,
       (SELECT count(*) FROM bench_accounts) AS accounts \gset

-- Movement k of an account: odd k a deposit, even k a smaller withdrawal; a quarter by mobile money; value dates rising
-- with k over the last 364 days.
CREATE TEMP TABLE bench_moves AS
SELECT g AS n, a.account_id, (g - 1) / :accounts + 1 AS k, gen_random_uuid() AS id, gen_random_uuid() AS entry_id,
       (g - 1) / :accounts % 2 = 0 AS is_credit,
       CASE WHEN (g - 1) / :accounts % 2 = 0 THEN 1000 + (g::bigint * 7919 % 50) * 1000 ELSE 500 + (g % 20) * 500 END AS amount,
       CASE WHEN g % 4 = 0 THEN 'MobileMoney' ELSE 'Cash' END AS channel,
       current_date - 364 + ((g - 1) / :accounts) * 364 / greatest(1, (:missing + :accounts - 1) / :accounts) AS value_date
FROM generate_series(1, :missing) g
JOIN bench_accounts a ON a.n = 1 + (g - 1) % :accounts;

CREATE TEMP TABLE bench_running AS
SELECT m.*, d.client_id, d.branch_id, d.last_sequence + m.k AS sequence,
       d.balance + sum(CASE WHEN m.is_credit THEN m.amount ELSE -m.amount END) OVER (PARTITION BY m.account_id ORDER BY m.k) AS balance_after
FROM bench_moves m JOIN deposit_accounts d ON d.id = m.account_id;

INSERT INTO journal_entries (id, institution_id, value_date, posted_at, description, source, posted_by)
SELECT r.entry_id, c.institution_id, r.value_date, r.value_date + time '10:00', CASE WHEN r.is_credit THEN 'Dépôt (bench)' ELSE 'Retrait (bench)' END,
       CASE WHEN r.is_credit THEN 'Deposit' ELSE 'Withdrawal' END, c.agent_id
FROM bench_running r CROSS JOIN bench_ctx c;

INSERT INTO journal_lines (id, institution_id, entry_id, gl_account_id, deposit_account_id, debit, credit)
SELECT gen_random_uuid(), c.institution_id, r.entry_id, t.gl_account_id, NULL,
       CASE WHEN r.is_credit THEN r.amount ELSE 0 END, CASE WHEN r.is_credit THEN 0 ELSE r.amount END
FROM bench_running r CROSS JOIN bench_ctx c
JOIN ledger_mappings t ON t.institution_id = c.institution_id AND t.purpose = r.channel
UNION ALL
SELECT gen_random_uuid(), c.institution_id, r.entry_id, c.deposits_gl_account_id, r.account_id,
       CASE WHEN r.is_credit THEN 0 ELSE r.amount END, CASE WHEN r.is_credit THEN r.amount ELSE 0 END
FROM bench_running r CROSS JOIN bench_ctx c;

INSERT INTO account_transactions (id, institution_id, account_id, client_id, branch_id, sequence, type, amount, is_credit, balance_after,
                                  value_date, channel, journal_entry_id, created_by, created_at)
SELECT r.id, c.institution_id, r.account_id, r.client_id, r.branch_id, r.sequence, CASE WHEN r.is_credit THEN 'Deposit' ELSE 'Withdrawal' END, r.amount, r.is_credit,
       r.balance_after, r.value_date, r.channel, r.entry_id, c.agent_id, r.value_date + time '10:00'
FROM bench_running r CROSS JOIN bench_ctx c;

UPDATE deposit_accounts d SET balance = last.balance_after, last_sequence = last.sequence
FROM (SELECT DISTINCT ON (account_id) account_id, balance_after, sequence FROM bench_running ORDER BY account_id, k DESC) last
WHERE d.id = last.account_id;

COMMIT;
ANALYZE;
