-- Pending mobile-money deposit intents for the webhook burst (after seed.sql): :intents of 1 000 F on random bench accounts,
-- through the demo institution's sandbox provider, with a payer number the sandbox never answers for (the bench is the provider).
-- Usage: psql -v intents=10000 -f bench/seed-payments.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TABLE bench_payments (n int PRIMARY KEY, intent_id uuid NOT NULL);
INSERT INTO bench_payments SELECT g, gen_random_uuid() FROM generate_series(1, :intents) g;

INSERT INTO payment_intents (id, institution_id, branch_id, purpose, target_id, client_id, amount, currency, payer_phone, provider_id, status,
                             created_by, created_at)
SELECT p.intent_id, c.institution_id, c.branch_id, 'Deposit', a.account_id, a.client_id, 1000, 'XOF', '+22997000006',
       (SELECT id FROM payment_providers WHERE code = 'sandbox'), 'Pending', c.agent_id, now()
FROM bench_payments p
JOIN bench_accounts a ON a.n = 1 + (hashint4(p.n) & 2147483647) % (SELECT count(*) FROM bench_accounts)
CROSS JOIN bench_ctx c;

INSERT INTO payment_events (id, payment_intent_id, kind, at, actor_id)
SELECT gen_random_uuid(), p.intent_id, 'Created', now(), c.agent_id FROM bench_payments p CROSS JOIN bench_ctx c;
COMMIT;
ANALYZE payment_intents;
