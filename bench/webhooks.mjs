// A webhook burst of `make bench` (bench/README.md): signs and posts sandbox-format deliveries of BENCH_AMOUNT F for the
// intents listed in BENCH_IDS (transaction ids BENCH_TX_PREFIX + intent id), as the sandbox does (X-Signature: t=…,v1=hex HMAC-SHA256(secret, "t.body"), docs/payments.md), over
// BENCH_CONNECTIONS keep-alive connections. The first BENCH_WARMUP intents are delivered unmeasured; then every other
// intent once, and copies of some of them so that BENCH_DUPLICATES_PERCENT % of the deliveries are duplicates, shuffled. Prints one JSON line like bench/wrk.lua's.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [base, secret] = [process.env.BENCH_BASE, process.env.BENCH_SECRET];
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const warmup = Number(process.env.BENCH_WARMUP ?? 0);
const duplicates = Number(process.env.BENCH_DUPLICATES_PERCENT ?? 20);
const amount = Number(process.env.BENCH_AMOUNT ?? 1000);
const prefix = process.env.BENCH_TX_PREFIX ?? 'BENCH-TX-';
const ids = readFileSync(process.env.BENCH_IDS, 'utf8').split('\n').filter(Boolean);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const url = new URL('/api/v1/payments/webhooks/sandbox', base);

function shuffle(items) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function deliver(id) {
  const body = JSON.stringify({
    event: 'payment.succeeded', providerTransactionId: `${prefix}${id}`, reference: id, amount, currency: 'XOF',
    payerPhone: '+22997000006', occurredAt: new Date().toISOString(),
  });
  const t = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const request = http.request(url, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-signature': `t=${t},v1=${signature}` },
    }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const outcome = response.statusCode === 200 ? JSON.parse(text).outcome : `HTTP ${response.statusCode}`;
        resolve({ ms, outcome });
      });
    });
    request.on('error', (error) => resolve({ ms: 0, outcome: error.message }));
    request.end(body);
  });
}

async function burst(queue) {
  const results = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (next < queue.length) results.push(await deliver(queue[next++]));
  }));
  return { results, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

await burst(ids.slice(0, warmup));
const measured = ids.slice(warmup);
const copies = shuffle([...measured, ...shuffle([...measured]).slice(0, Math.round(measured.length * duplicates / (100 - duplicates)))]);
const { results, seconds } = await burst(copies);
const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
const count = (outcome) => results.filter((r) => r.outcome === outcome).length;
const errors = results.length - count('Posted') - count('Duplicate');
const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
console.log(JSON.stringify({
  rps: Number((results.length / seconds).toFixed(1)), p50: Number(percentile(0.5).toFixed(2)), p99: Number(percentile(0.99).toFixed(2)),
  errors, requests: results.length, posted: count('Posted'), duplicates: count('Duplicate'),
  failures: [...new Set(results.filter((r) => r.outcome !== 'Posted' && r.outcome !== 'Duplicate').map((r) => r.outcome))].slice(0, 5),
}));
