-- Pending mobile-money intents for a webhook burst (after seed.sql), through the demo institution's sandbox provider,
-- with a payer number the sandbox never answers for (the bench is the provider):
--   purpose=Deposit:       :intents deposits of :amount F on random bench accounts, listed in bench_payments;
--   purpose=LoanRepayment: :intents repayments of :amount F on the active loans (those the bench opened), in bench_repayments.
-- Usage: psql -v purpose=Deposit -v intents=10000 -v amount=1000 -f bench/seed-payments.sql
\set ON_ERROR_STOP on
BEGIN;
SELECT CASE WHEN :'purpose' = 'Deposit' THEN 'bench_payments' ELSE 'bench_repayments' END AS intents_table \gset
CREATE TABLE :"intents_table" (n int PRIMARY KEY, intent_id uuid NOT NULL);
INSERT INTO :"intents_table" SELECT g, gen_random_uuid() FROM generate_series(1, :intents) g;

CREATE TEMP TABLE targets ON COMMIT DROP AS
SELECT row_number() OVER () AS n, target_id, client_id FROM (
  SELECT account_id AS target_id, client_id FROM bench_accounts WHERE :'purpose' = 'Deposit'
  UNION ALL
  SELECT id, client_id FROM loans WHERE :'purpose' = 'LoanRepayment' AND status = 'Active') t;

INSERT INTO payment_intents (id, institution_id, branch_id, purpose, target_id, client_id, amount, currency, payer_phone, provider_id, status,
                             created_by, created_at)
SELECT p.intent_id, c.institution_id, c.branch_id, :'purpose', t.target_id, t.client_id, :amount, 'XOF', '+22997000006',
       (SELECT id FROM payment_providers WHERE code = 'sandbox'), 'Pending', c.agent_id, now()
FROM :"intents_table" p
JOIN targets t ON t.n = 1 + (hashint4(p.n) & 2147483647) % (SELECT count(*) FROM targets)
CROSS JOIN bench_ctx c;

INSERT INTO payment_events (id, payment_intent_id, kind, at, actor_id)
SELECT gen_random_uuid(), p.intent_id, 'Created', now(), c.agent_id FROM :"intents_table" p CROSS JOIN bench_ctx c;
COMMIT;
ANALYZE payment_intents;
