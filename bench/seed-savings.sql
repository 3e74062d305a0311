-- Savings accounts for the monthly interest bench (bench/seed.sql first): :accounts clients, each with an active account
-- of the demo savings product (EPARGNE, 3.5 %) and three movements, each a balanced journal entry, balances carried on:
-- 100 000 F deposited on the first day of the month before last; last month, 20 000 F deposited on the 10th and
-- 50 000 F withdrawn on the 20th. Last month's minimum end-of-day balance is therefore 70 000 F for every account.
-- Usage: psql -v accounts=100000 -f bench/seed-savings.sql
\set ON_ERROR_STOP on
BEGIN;

CREATE TABLE bench_savings_ctx AS
SELECT c.institution_id, c.branch_id, c.cash_gl_account_id, c.agent_id, p.id AS product_id, p.deposits_gl_account_id,
       (date_trunc('month', (now() AT TIME ZONE 'Africa/Porto-Novo')::date) - interval '1 month')::date AS last_month
FROM bench_ctx c JOIN deposit_products p ON p.institution_id = c.institution_id AND p.code = 'EPARGNE';

CREATE TABLE bench_savings (n int PRIMARY KEY, account_id uuid NOT NULL, client_id uuid NOT NULL);
INSERT INTO bench_savings SELECT g, gen_random_uuid(), gen_random_uuid() FROM generate_series(1, :accounts) g;

-- Movement k of every account: its amount, direction, balance after it and value date.
CREATE TEMP TABLE bench_savings_moves AS
SELECT s.account_id, s.client_id, m.k, gen_random_uuid() AS id, gen_random_uuid() AS entry_id, m.amount, m.is_credit, m.balance_after,
       CASE WHEN m.k = 1 THEN (c.last_month - interval '1 month')::date ELSE c.last_month + m.day - 1 END AS value_date
FROM bench_savings s CROSS JOIN bench_savings_ctx c
CROSS JOIN (VALUES (1, 100000, true, 100000, 1), (2, 20000, true, 120000, 10), (3, 50000, false, 70000, 20))
    AS m(k, amount, is_credit, balance_after, day);

INSERT INTO clients (id, institution_id, branch_id, number, first_name, last_name, gender, date_of_birth, phone, city, status, created_at)
SELECT s.client_id, c.institution_id, c.branch_id, 'BS-' || lpad(s.n::text, 7, '0'), 'Bench', 'Épargnant ' || s.n, 'Female', DATE '1990-01-01',
       '+2291' || lpad(s.n::text, 8, '0'), 'Cotonou', 'Active', now()
FROM bench_savings s CROSS JOIN bench_savings_ctx c;

INSERT INTO deposit_accounts (id, institution_id, branch_id, client_id, product_id, number, status, balance, last_sequence, last_value_date,
                              requested_by, requested_at, approved_by, approved_at, activated_at)
SELECT s.account_id, c.institution_id, c.branch_id, s.client_id, c.product_id, 'BNS-' || lpad(s.n::text, 8, '0') || '-00', 'Active', 70000, 3,
       c.last_month + 19, c.agent_id, now(), c.agent_id, now(), now()
FROM bench_savings s CROSS JOIN bench_savings_ctx c;

INSERT INTO journal_entries (id, institution_id, value_date, posted_at, description, source, posted_by)
SELECT m.entry_id, c.institution_id, m.value_date, m.value_date + time '10:00', CASE WHEN m.is_credit THEN 'Dépôt (bench épargne)' ELSE 'Retrait (bench épargne)' END,
       CASE WHEN m.is_credit THEN 'Deposit' ELSE 'Withdrawal' END, c.agent_id
FROM bench_savings_moves m CROSS JOIN bench_savings_ctx c;

INSERT INTO journal_lines (id, institution_id, entry_id, gl_account_id, deposit_account_id, debit, credit)
SELECT gen_random_uuid(), c.institution_id, m.entry_id, c.cash_gl_account_id, NULL,
       CASE WHEN m.is_credit THEN m.amount ELSE 0 END, CASE WHEN m.is_credit THEN 0 ELSE m.amount END
FROM bench_savings_moves m CROSS JOIN bench_savings_ctx c
UNION ALL
SELECT gen_random_uuid(), c.institution_id, m.entry_id, c.deposits_gl_account_id, m.account_id,
       CASE WHEN m.is_credit THEN 0 ELSE m.amount END, CASE WHEN m.is_credit THEN m.amount ELSE 0 END
FROM bench_savings_moves m CROSS JOIN bench_savings_ctx c;

INSERT INTO account_transactions (id, institution_id, account_id, client_id, branch_id, sequence, type, amount, is_credit, balance_after,
                                  value_date, channel, journal_entry_id, created_by, created_at)
SELECT m.id, c.institution_id, m.account_id, m.client_id, c.branch_id, m.k, CASE WHEN m.is_credit THEN 'Deposit' ELSE 'Withdrawal' END,
       m.amount, m.is_credit, m.balance_after, m.value_date, 'Cash', m.entry_id, c.agent_id, m.value_date + time '10:00'
FROM bench_savings_moves m CROSS JOIN bench_savings_ctx c;

COMMIT;
ANALYZE;
