-- PostgreSQL's own ceiling for what one deposit does, in plain SQL and the same shape as the API's write:
-- lock and update the balance, insert the journal entry and its two lines, insert the statement line.
\set n random(1, :accounts)
BEGIN;
SELECT institution_id, deposits_gl_account_id AS deposits_gl, cash_gl_account_id AS cash_gl FROM bench_ctx \gset
SELECT account_id AS aid FROM bench_accounts WHERE n = :n \gset
UPDATE deposit_accounts SET balance = balance + 1000, last_sequence = last_sequence + 1 WHERE id = ':aid' RETURNING balance, last_sequence, client_id, branch_id \gset
INSERT INTO journal_entries (id, institution_id, value_date, posted_at, description, source)
    VALUES (gen_random_uuid(), ':institution_id', current_date, now(), 'pgbench deposit', 'Deposit') RETURNING id AS eid \gset
INSERT INTO journal_lines (id, institution_id, entry_id, gl_account_id, deposit_account_id, debit, credit) VALUES
    (gen_random_uuid(), ':institution_id', ':eid', ':cash_gl', NULL, 1000, 0),
    (gen_random_uuid(), ':institution_id', ':eid', ':deposits_gl', ':aid', 0, 1000);
INSERT INTO account_transactions (id, institution_id, account_id, client_id, branch_id, sequence, type, amount, is_credit, balance_after,
                                  value_date, channel, journal_entry_id, created_at)
    VALUES (gen_random_uuid(), ':institution_id', ':aid', ':client_id', ':branch_id', :last_sequence, 'Deposit', 1000, true, :balance, current_date, 'Cash', ':eid', now());
END;
