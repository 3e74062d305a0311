-- PostgreSQL's own ceiling for what one manual journal entry does, in plain SQL and the same shape as the API's write:
-- insert the journal entry and its two lines, and the manual entry as written (its lines as jsonb), linked to it.
BEGIN;
SELECT c.institution_id, c.cash_gl_account_id AS cash_gl,
       (SELECT g.id FROM gl_accounts g WHERE g.institution_id = c.institution_id AND g.code = '631') AS expense_gl FROM bench_ctx c \gset
INSERT INTO journal_entries (id, institution_id, value_date, posted_at, description, source)
    VALUES (gen_random_uuid(), ':institution_id', current_date, now(), 'pgbench manual entry', 'Manual') RETURNING id AS eid \gset
INSERT INTO journal_lines (id, institution_id, entry_id, gl_account_id, deposit_account_id, debit, credit) VALUES
    (gen_random_uuid(), ':institution_id', ':eid', ':expense_gl', NULL, 1000, 0),
    (gen_random_uuid(), ':institution_id', ':eid', ':cash_gl', NULL, 0, 1000);
INSERT INTO manual_entries (id, institution_id, value_date, description, reference, lines, amount, status, created_by, created_at, journal_entry_id)
    VALUES (gen_random_uuid(), ':institution_id', current_date, 'pgbench manual entry', 'BENCH',
            jsonb_build_array(jsonb_build_object('glAccountId', ':expense_gl', 'debit', 1000, 'credit', 0),
                              jsonb_build_object('glAccountId', ':cash_gl', 'debit', 0, 'credit', 1000)),
            1000, 'Posted', gen_random_uuid(), now(), ':eid');
END;
