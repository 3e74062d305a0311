-- Tontine participants for the contribution row (after bench/seed.sql): an open tontine of :participants participants
-- (the first bench clients) whose contributions wrk drives, and another of :round participants for the collector's
-- round — 500 F a day, cycles of 31 days, every booklet empty and the agent their collector. An empty booklet holds
-- nothing (no cell, no journal line), so the rows satisfy the table's checks (commission_total = ceil(cells_filled / L)
-- × daily_amount, here 0) and the ledger verification as they stand.
-- Usage: psql -v participants=10000 -v round=300 -f bench/seed-tontines.sql
\set ON_ERROR_STOP on
BEGIN;

CREATE TABLE bench_tontine_ctx AS
SELECT c.institution_id, c.cash_gl_account_id AS cash_gl,
       (SELECT gl_account_id FROM ledger_mappings WHERE institution_id = c.institution_id AND purpose = 'TontineSavings') AS savings_gl,
       (SELECT gl_account_id FROM ledger_mappings WHERE institution_id = c.institution_id AND purpose = 'TontineCommissionIncome') AS commission_gl,
       gen_random_uuid() AS load_tontine_id, gen_random_uuid() AS round_tontine_id
FROM bench_ctx c;

INSERT INTO tontines (id, institution_id, name, code, min_daily_amount, max_daily_amount, adhesion_fee, cycle_length_days, status, created_at)
SELECT t.id, x.institution_id, t.name, t.code, 100, 5000, 0, 31, 'Open', now()
FROM bench_tontine_ctx x CROSS JOIN LATERAL (VALUES (x.load_tontine_id, 'Tontine (bench)', 'BENCH-T'),
                                                    (x.round_tontine_id, 'Tournée (bench)', 'BENCH-R')) t(id, name, code);

CREATE TABLE bench_participants (n int PRIMARY KEY, participant_id uuid NOT NULL);
INSERT INTO bench_participants SELECT n, gen_random_uuid() FROM bench_accounts WHERE n <= :participants;
CREATE TABLE bench_round (n int PRIMARY KEY, participant_id uuid NOT NULL);
INSERT INTO bench_round SELECT n, gen_random_uuid() FROM bench_accounts WHERE n <= :round;

INSERT INTO tontine_participants (id, institution_id, tontine_id, client_id, branch_id, collector_id, daily_amount, cycle_length_days,
                                  cells_filled, saved_balance, commission_total, withdrawn_total, status, joined_at)
SELECT p.participant_id, c.institution_id, p.tontine_id, b.client_id, c.branch_id, c.agent_id, 500, 31, 0, 0, 0, 0, 'Active', now()
FROM (SELECT n, participant_id, x.load_tontine_id AS tontine_id FROM bench_participants CROSS JOIN bench_tontine_ctx x
      UNION ALL
      SELECT n, participant_id, x.round_tontine_id FROM bench_round CROSS JOIN bench_tontine_ctx x) p
JOIN bench_accounts b USING (n) CROSS JOIN bench_ctx c;

COMMIT;
ANALYZE;
