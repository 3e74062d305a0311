// A webhook burst of `make bench` (bench/README.md): signs and posts sandbox-format deliveries of BENCH_AMOUNT F for the
// intents listed in BENCH_IDS (transaction ids BENCH_TX_PREFIX + intent id), as the sandbox does (X-Signature:
// t=…,v1=hex HMAC-SHA256(secret, "t.body"), docs/payments.md), over BENCH_CONNECTIONS keep-alive connections. The first
// BENCH_WARMUP intents are delivered unmeasured; then every other intent once, and copies of some of them so that
// BENCH_DUPLICATES_PERCENT % of the deliveries are duplicates, shuffled. Prints one JSON line like bench/wrk.lua's.
//
// The load generator shares the machine's two cores with the API and PostgreSQL, so it is kept as light as wrk: every
// request of a burst is signed and encoded before the clock starts (the signatures' timestamps stay well inside the
// sandbox's five minutes), and each connection is a bare socket that writes those bytes and reads the answer's status,
// length and `outcome` — node's http client cost about five times wrk's CPU per request (bench/RESULTS.md step 9).
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';

const [base, secret] = [new URL(process.env.BENCH_BASE), process.env.BENCH_SECRET];
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const warmup = Number(process.env.BENCH_WARMUP ?? 0);
const duplicates = Number(process.env.BENCH_DUPLICATES_PERCENT ?? 20);
const amount = Number(process.env.BENCH_AMOUNT ?? 1000);
const prefix = process.env.BENCH_TX_PREFIX ?? 'BENCH-TX-';
const ids = readFileSync(process.env.BENCH_IDS, 'utf8').split('\n').filter(Boolean);
const path = '/api/v1/payments/webhooks/sandbox';

function shuffle(items) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function signed(id) {
  const body = JSON.stringify({
    event: 'payment.succeeded', providerTransactionId: `${prefix}${id}`, reference: id, amount, currency: 'XOF',
    payerPhone: '+22997000006', occurredAt: new Date().toISOString(),
  });
  const t = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return Buffer.from(`POST ${path} HTTP/1.1\r\nHost: ${base.host}\r\nContent-Type: application/json\r\n`
    + `Content-Length: ${Buffer.byteLength(body)}\r\nX-Signature: t=${t},v1=${signature}\r\n\r\n${body}`);
}

// The answer's outcome: the webhook endpoint answers 200 with {"outcome": …}, anything else is reported by its status.
function outcome(head, body) {
  const status = Number(head.slice(9, 12));
  if (status !== 200) return `HTTP ${status}`;
  return JSON.parse(body).outcome;
}

// One keep-alive connection delivering requests from the shared queue one at a time; resolves when the queue is empty.
function connection(queue, state, results) {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: base.hostname, port: Number(base.port), noDelay: true });
    let buffer = Buffer.alloc(0);
    let started = 0n;
    let done = false;
    const send = () => {
      if (state.next >= queue.length) { done = true; socket.end(); resolve(); return; }
      started = process.hrtime.bigint();
      socket.write(queue[state.next++]);
    };
    socket.on('connect', send);
    socket.on('error', reject);
    socket.on('close', () => done || reject(new Error('the API closed a connection in the middle of a burst')));
    socket.on('data', (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buffer.toString('latin1', 0, end);
      const length = /\r\ncontent-length: *(\d+)/i.exec(head);
      let body;
      if (length) {
        if (buffer.length < end + 4 + Number(length[1])) return;
        body = buffer.toString('utf8', end + 4, end + 4 + Number(length[1]));
      } else {
        // Chunked: small answers come whole, so the body is the chunks up to the terminating zero-length one.
        const last = buffer.indexOf('\r\n0\r\n\r\n', end + 2);
        if (last < 0) return;
        body = buffer.toString('utf8', end + 4, last).split('\r\n').filter((_, i) => i % 2 === 1).join('');
      }
      buffer = Buffer.alloc(0);
      results.push({ ms: Number(process.hrtime.bigint() - started) / 1e6, outcome: outcome(head, body) });
      send();
    });
  });
}

async function burst(deliveries) {
  const queue = deliveries.map(signed);
  const results = [];
  const state = { next: 0 };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: connections }, () => connection(queue, state, results)));
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
