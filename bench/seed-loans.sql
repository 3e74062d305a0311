-- :loans active loans for the end-of-day bench, spread over the bench clients (bench/seed.sql first): 120 000 F over
-- 12 monthly installments of 10 000 F principal + 1 200 F flat interest, disbursed 1 to 330 days ago, penalties
-- applied through yesterday. Installments fallen due are paid, except on one loan in :late_every (its oldest due
-- installment is unpaid: 0.1 % a day of penalty from the COMMERCE product's rule, and arrears).
-- Only the loans and their schedules are generated — end of day reads nothing else; its penalty entries balance.
-- Usage: psql -v loans=100000 -v late_every=10 -v first=1 -f bench/seed-loans.sql (first: the first loan's number, so a second
-- batch adds loans after the first one's)
\set ON_ERROR_STOP on
BEGIN;

DROP TABLE IF EXISTS bench_loans;
CREATE TABLE bench_loans AS
SELECT g AS n, gen_random_uuid() AS loan_id, a.client_id, current_date - (1 + g % 330) AS disbursed, g % :late_every = 0 AS late
FROM generate_series(:first, :first + :loans - 1) g
JOIN bench_accounts a ON a.n = 1 + (g - 1) % (SELECT count(*) FROM bench_accounts);

INSERT INTO loans (id, institution_id, branch_id, client_id, product_id, number, status, principal, annual_interest_rate_percent,
                   number_of_installments, frequency, interest_method, amortization, grace_periods, processing_fee_percent, purpose,
                   created_by, created_at, decided_by, decided_at, disbursement_date, penalties_applied_through, days_in_arrears_recorded)
SELECT l.loan_id, c.institution_id, c.branch_id, l.client_id, p.id, 'BL-' || lpad(l.n::text, 9, '0'), 'Active', 120000, 12,
       12, 'Monthly', 'Flat', 'EqualInstallments', 0, 0, 'bench', c.agent_id, now(), c.agent_id, now(), l.disbursed,
       current_date - 1, 0
FROM bench_loans l CROSS JOIN bench_ctx c JOIN loan_products p ON p.institution_id = c.institution_id AND p.code = 'COMMERCE';

WITH schedule AS (
    SELECT l.loan_id, l.late, k AS number, (l.disbursed + make_interval(months => k))::date AS due_date,
           min(k) FILTER (WHERE (l.disbursed + make_interval(months => k))::date < current_date) OVER (PARTITION BY l.loan_id) AS oldest_due
    FROM bench_loans l CROSS JOIN generate_series(1, 12) k
)
INSERT INTO loan_installments (id, institution_id, loan_id, number, due_date, principal_due, interest_due, fees_due, penalties_due,
                               principal_paid, interest_paid, fees_paid, penalties_paid)
SELECT gen_random_uuid(), c.institution_id, s.loan_id, s.number, s.due_date, 10000, 1200, 0, 0,
       CASE WHEN s.due_date < current_date AND NOT (s.late AND s.number = s.oldest_due) THEN 10000 ELSE 0 END,
       CASE WHEN s.due_date < current_date AND NOT (s.late AND s.number = s.oldest_due) THEN 1200 ELSE 0 END, 0, 0
FROM schedule s CROSS JOIN bench_ctx c;

COMMIT;
ANALYZE loans;
ANALYZE loan_installments;
