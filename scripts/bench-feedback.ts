/**
 * `npm run bench:feedback`: load on POST /api/feedback from this process, against the real server (scripts/serve.ts)
 * in a child process on loopback, storing in a fresh SQLite file. Needs a build (npm run build).
 *
 * 1. Steady: a fixed rate for a while, reporting p50/p99 latency and errors.
 * 2. Ramp: more and more connections, unthrottled, until throughput stops growing (saturation).
 *
 * The rate limiter stays on: the server trusts loopback as a proxy and each request carries its own
 * X-Forwarded-For, as if from many families at once.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const port = Number(process.env['BENCH_PORT'] ?? 4455);
const steadyRate = Number(process.env['BENCH_RATE'] ?? 200);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const url = `http://127.0.0.1:${port}/api/feedback`;
const dir = mkdtempSync(join(tmpdir(), 'bench-feedback-'));

const server = spawn(process.execPath, ['scripts/serve.ts'], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    FEEDBACK_DB: join(dir, 'feedback.sqlite'),
    DATABASE_URL: '',
    TRUSTED_PROXIES: '127.0.0.1',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The server did not start: run "npm run build" first.');
}

let client = 0;
const request = {
  method: 'POST' as const,
  path: '/api/feedback',
  setupRequest: (req: autocannon.Request) => {
    client += 1;
    const body = new URLSearchParams({
      kind: 'problem',
      page: '/short-breaks/',
      doing: 'Looking for short breaks',
      wrong: `The opening times for the service are out of date (${client}). Call 07700 900123.`,
    }).toString();
    return {
      ...req,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: `http://127.0.0.1:${port}`,
        'x-forwarded-for': `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`,
      },
      body,
    };
  },
};

interface Row {
  phase: string;
  connections: number;
  requestsPerSecond: number;
  p50ms: number;
  p99ms: number;
  errors: number;
  unexpectedStatus: number;
}

async function run(phase: string, connections: number, duration: number, overallRate?: number): Promise<Row> {
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: [request],
    ...(overallRate ? { overallRate } : {}),
  });
  return {
    phase,
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    // Every post should be answered 303: any other status is unexpected.
    unexpectedStatus: result['1xx'] + result['2xx'] + result['4xx'] + result['5xx'],
  };
}

try {
  await waitForServer();
  const rows: Row[] = [await run(`steady ${steadyRate}/s`, 10, seconds, steadyRate)];
  let best = 0;
  let flat = 0;
  for (const connections of [1, 2, 4, 8, 16, 32, 64, 128]) {
    const row = await run('ramp', connections, Math.max(3, Math.round(seconds / 2)));
    rows.push(row);
    // Saturated: twice in a row, doubling the connections brought under 5% more throughput.
    flat = row.requestsPerSecond < best * 1.05 ? flat + 1 : 0;
    best = Math.max(best, row.requestsPerSecond);
    if (flat === 2) break;
  }
  console.table(rows);
  const saturation = Math.max(...rows.filter((r) => r.phase === 'ramp').map((r) => r.requestsPerSecond));
  console.log(`Saturation: about ${saturation} posts per second (SQLite, synchronous=FULL, one process).`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/feedback.json',
    `${JSON.stringify({ date: new Date().toISOString(), rows, saturation }, null, 2)}\n`,
  );
} finally {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
