// The collector's round synced as the offline phone syncs it (bench/README.md): one operation of BENCH_KIND for each id
// listed in BENCH_IDS — a contribution of a day for each participant (TontineContribution, the default), or a deposit of
// 1 000 for each account (Deposit) — all in ONE batch to POST /api/v1/sync/operations (each with its own key, recorded
// now), as the agent (BENCH_TOKEN), timed from the request to the answer; then the same batch again (every operation
// replayed, nothing moves), timed too. BENCH_WARMUP_IDS, if set: a batch over those ids first, unmeasured (a warm server).
// Prints one JSON line: seconds, replaySeconds, operations, synced, replayed (of the second batch), errors.
import { readFileSync } from 'node:fs';

const base = process.env.BENCH_BASE;
const token = process.env.BENCH_TOKEN;
const read = (file) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
const run = Date.now();
const kind = process.env.BENCH_KIND ?? 'TontineContribution';
const fields = kind === 'Deposit' ? { amount: 1000 } : { days: 1 };

const batch = (ids, prefix) => ({
  deviceId: 'bench-phone',
  operations: ids.map((id, i) => ({
    key: `${prefix}-${run}-${i}`, kind, targetId: id, recordedAt: new Date().toISOString(), ...fields,
  })),
});

async function send(body) {
  const started = process.hrtime.bigint();
  const response = await fetch(`${base}/api/v1/sync/operations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (response.status !== 200) return { seconds, results: [], status: response.status, answer };
  return { seconds, results: answer.results, status: response.status };
}

if (process.env.BENCH_WARMUP_IDS) await send(batch(read(process.env.BENCH_WARMUP_IDS), 'sync-warmup'));
const round = batch(read(process.env.BENCH_IDS), 'sync-round');
const first = await send(round);
const again = await send(round);
const synced = first.results.filter((r) => r.status === 'Synced' && !r.replayed).length;
const replayed = again.results.filter((r) => r.status === 'Synced' && r.replayed).length;
const n = round.operations.length;
console.log(JSON.stringify({
  seconds: Number(first.seconds.toFixed(2)), replaySeconds: Number(again.seconds.toFixed(2)), operations: n, synced, replayed,
  errors: (n - synced) + (n - replayed) + (first.status === 200 && again.status === 200 ? 0 : 1),
}));
