-- PostgreSQL's own ceiling for what one contribution of a day does (POST /tontine-participants/{id}/contributions
-- {days: 1}), in plain SQL and the same shape as the API's write (TontinePostings.ContributeAsync): lock the
-- participant, insert the journal entry and its two lines (cash to the participant's savings, or to the commission when
-- the cell is the first of its cycle), insert the contribution, update the participant's booklet and balances.
\set n random(1, :participants)
BEGIN;
SELECT institution_id, cash_gl, savings_gl, commission_gl FROM bench_tontine_ctx \gset
SELECT participant_id AS pid FROM bench_participants WHERE n = :n \gset
SELECT cells_filled + 1 AS cell, (cells_filled % cycle_length_days = 0)::int AS commission, daily_amount AS daily, tontine_id, client_id, branch_id
    FROM tontine_participants WHERE id = ':pid' FOR UPDATE \gset
INSERT INTO journal_entries (id, institution_id, value_date, posted_at, description, source)
    VALUES (gen_random_uuid(), ':institution_id', current_date, now(), 'pgbench contribution', 'TontineContribution') RETURNING id AS eid \gset
INSERT INTO journal_lines (id, institution_id, entry_id, gl_account_id, tontine_participant_id, debit, credit) VALUES
    (gen_random_uuid(), ':institution_id', ':eid', ':cash_gl', NULL, :daily, 0),
    (gen_random_uuid(), ':institution_id', ':eid', CASE :commission WHEN 1 THEN ':commission_gl' ELSE ':savings_gl' END::uuid,
     CASE :commission WHEN 1 THEN NULL ELSE ':pid' END::uuid, 0, :daily);
INSERT INTO tontine_contributions (id, institution_id, participant_id, tontine_id, client_id, branch_id, first_cell, days, amount,
                                   commission_amount, saving_amount, date, channel, journal_entry_id, created_at)
    VALUES (gen_random_uuid(), ':institution_id', ':pid', ':tontine_id', ':client_id', ':branch_id', :cell, 1, :daily,
            :commission * :daily, (1 - :commission) * :daily, current_date, 'Cash', ':eid', now());
UPDATE tontine_participants SET cells_filled = :cell, commission_total = commission_total + :commission * :daily,
    saved_balance = saved_balance + (1 - :commission) * :daily, last_contribution_on = current_date WHERE id = ':pid';
END;
