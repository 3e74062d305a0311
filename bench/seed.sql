-- Bulk bench data for the demo institution, consistent with the ledger: :clients clients, each with an active
-- current account holding an opening deposit of 1 000 000 F posted as a balanced journal entry; and one more client
-- whose account has :movements deposits of 1 000 F (25 a day, up to today), for the statement pages.
-- Usage: psql -v clients=10000 -v movements=10000 -f bench/seed.sql  (after the API seeded the demo institution).
\set ON_ERROR_STOP on
BEGIN;

CREATE TABLE bench_ctx AS
SELECT i.id AS institution_id,
       (SELECT id FROM branches WHERE institution_id = i.id AND code = 'COT') AS branch_id,
       p.id AS product_id,
       p.deposits_gl_account_id,
       (SELECT gl_account_id FROM ledger_mappings WHERE institution_id = i.id AND purpose = 'Cash') AS cash_gl_account_id,
       (SELECT id FROM users WHERE user_name = 'agent') AS agent_id
FROM institutions i JOIN deposit_products p ON p.institution_id = i.id AND p.code = 'COURANT'
WHERE i.code = 'DEMO';

CREATE TABLE bench_accounts (n int PRIMARY KEY, account_id uuid NOT NULL, client_id uuid NOT NULL, entry_id uuid NOT NULL);
INSERT INTO bench_accounts SELECT g, gen_random_uuid(), gen_random_uuid(), gen_random_uuid() FROM generate_series(1, :clients) g;

INSERT INTO clients (id, institution_id, branch_id, number, first_name, last_name, gender, date_of_birth, phone, city, status, created_at)
SELECT b.client_id, c.institution_id, c.branch_id, 'BN-' || lpad(b.n::text, 7, '0'), 'Bench', 'Client ' || b.n, 'Female', DATE '1990-01-01',
       '+2290' || lpad(b.n::text, 8, '0'), 'Cotonou', 'Active', now()
FROM bench_accounts b CROSS JOIN bench_ctx c;

INSERT INTO deposit_accounts (id, institution_id, branch_id, client_id, product_id, number, status, balance, last_sequence, last_value_date,
                              requested_by, requested_at, approved_by, approved_at, activated_at)
SELECT b.account_id, c.institution_id, c.branch_id, b.client_id, c.product_id, 'BNC-' || lpad(b.n::text, 8, '0') || '-00', 'Active', 1000000, 1,
       current_date, c.agent_id, now(), c.agent_id, now(), now()
FROM bench_accounts b CROSS JOIN bench_ctx c;

INSERT INTO journal_entries (id, institution_id, value_date, posted_at, description, source, posted_by)
SELECT b.entry_id, c.institution_id, current_date, now(), 'Dépôt initial (bench)', 'Deposit', c.agent_id
FROM bench_accounts b CROSS JOIN bench_ctx c;

INSERT INTO journal_lines (id, institution_id, entry_id, gl_account_id, deposit_account_id, debit, credit)
SELECT gen_random_uuid(), c.institution_id, b.entry_id, c.cash_gl_account_id, NULL, 1000000, 0 FROM bench_accounts b CROSS JOIN bench_ctx c
UNION ALL
SELECT gen_random_uuid(), c.institution_id, b.entry_id, c.deposits_gl_account_id, b.account_id, 0, 1000000 FROM bench_accounts b CROSS JOIN bench_ctx c;

INSERT INTO account_transactions (id, institution_id, account_id, client_id, branch_id, sequence, type, amount, is_credit, balance_after,
                                  value_date, channel, journal_entry_id, created_by, created_at)
SELECT gen_random_uuid(), c.institution_id, b.account_id, b.client_id, c.branch_id, 1, 'Deposit', 1000000, true, 1000000, current_date, 'Cash', b.entry_id, c.agent_id, now()
FROM bench_accounts b CROSS JOIN bench_ctx c;

-- The long statement: one account, :movements balanced deposits, value dates rising 25 movements a day to today.
CREATE TABLE bench_statement (n int PRIMARY KEY, entry_id uuid NOT NULL, value_date date NOT NULL);
INSERT INTO bench_statement SELECT g, gen_random_uuid(), current_date - ((:movements - g) / 25) FROM generate_series(1, :movements) g;
CREATE TABLE bench_statement_account AS SELECT gen_random_uuid() AS account_id, gen_random_uuid() AS client_id;

INSERT INTO clients (id, institution_id, branch_id, number, first_name, last_name, gender, date_of_birth, phone, city, status, created_at)
SELECT s.client_id, c.institution_id, c.branch_id, 'BN-STATEMENT', 'Bench', 'Statement', 'Male', DATE '1980-01-01', '+22999999999',
       'Cotonou', 'Active', now()
FROM bench_statement_account s CROSS JOIN bench_ctx c;

INSERT INTO deposit_accounts (id, institution_id, branch_id, client_id, product_id, number, status, balance, last_sequence, last_value_date,
                              requested_by, requested_at, approved_by, approved_at, activated_at)
SELECT s.account_id, c.institution_id, c.branch_id, s.client_id, c.product_id, 'BNC-STATEMENT-00', 'Active', 1000 * :movements, :movements,
       current_date, c.agent_id, now(), c.agent_id, now(), now()
FROM bench_statement_account s CROSS JOIN bench_ctx c;

INSERT INTO journal_entries (id, institution_id, value_date, posted_at, description, source, posted_by)
SELECT m.entry_id, c.institution_id, m.value_date, now(), 'Dépôt (bench relevé)', 'Deposit', c.agent_id
FROM bench_statement m CROSS JOIN bench_ctx c;

INSERT INTO journal_lines (id, institution_id, entry_id, gl_account_id, deposit_account_id, debit, credit)
SELECT gen_random_uuid(), c.institution_id, m.entry_id, c.cash_gl_account_id, NULL, 1000, 0 FROM bench_statement m CROSS JOIN bench_ctx c
UNION ALL
SELECT gen_random_uuid(), c.institution_id, m.entry_id, c.deposits_gl_account_id, s.account_id, 0, 1000
FROM bench_statement m CROSS JOIN bench_ctx c CROSS JOIN bench_statement_account s;

INSERT INTO account_transactions (id, institution_id, account_id, client_id, branch_id, sequence, type, amount, is_credit, balance_after,
                                  value_date, channel, journal_entry_id, created_by, created_at)
SELECT gen_random_uuid(), c.institution_id, s.account_id, s.client_id, c.branch_id, m.n, 'Deposit', 1000, true, 1000 * m.n, m.value_date, 'Cash', m.entry_id, c.agent_id,
       now() - (:movements - m.n) * interval '1 minute'
FROM bench_statement m CROSS JOIN bench_ctx c CROSS JOIN bench_statement_account s;

COMMIT;
ANALYZE;
