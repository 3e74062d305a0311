// The collector's round of `make bench` (bench/README.md): one contribution of a day for each participant listed in
// BENCH_IDS, sent as a collector's phone syncs its round — one after the other over one keep-alive connection, each
// with its own Idempotency-Key, as the agent (BENCH_TOKEN) — timed from the first request to the last answer.
// Prints one JSON line: seconds, requests, errors (any answer but 201), p50 and p99 in ms.
import { readFileSync } from 'node:fs';

const base = process.env.BENCH_BASE;
const token = process.env.BENCH_TOKEN;
const ids = readFileSync(process.env.BENCH_IDS, 'utf8').split('\n').filter(Boolean);
const run = Date.now();

const latencies = [];
let errors = 0;
const started = process.hrtime.bigint();
for (const [i, id] of ids.entries()) {
  const sent = process.hrtime.bigint();
  const response = await fetch(`${base}/api/v1/tontine-participants/${id}/contributions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': `round-${run}-${i}` },
    body: '{"days":1,"channel":"Cash"}',
  });
  await response.arrayBuffer();
  latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
  if (response.status !== 201) errors++;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
latencies.sort((a, b) => a - b);
const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
console.log(JSON.stringify({
  seconds: Number(seconds.toFixed(2)), requests: ids.length, errors, p50: Number(percentile(0.5).toFixed(2)), p99: Number(percentile(0.99).toFixed(2)),
}));
