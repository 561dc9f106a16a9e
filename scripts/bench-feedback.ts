/**
 * `npm run bench:feedback`: load on POST /api/feedback from this process, against the real server (scripts/serve.ts)
 * in child processes on loopback, each storing in a fresh SQLite file (synchronous=FULL). Needs a build
 * (npm run build).
 *
 * Two designs are measured in the same run, phase by phase one after the other, so that other work on the machine
 * weighs on both alike: per-post commits (FEEDBACK_COMMIT=each, the design before group commit) and group commits
 * (the default: posts that arrive together share one transaction). Each server is warmed up first, unrecorded.
 *
 * 1. Steady: a fixed rate for a while, reporting p50/p99 latency and errors. Goal: p99 <= 20 ms at 200/s.
 * 2. Ramp: more and more connections, unthrottled, until throughput stops growing (saturation). Goal: >= 3,000/s.
 *
 * The load generator runs on the same machine as the server, and shares its cores. The rate limiter stays on: the
 * server trusts loopback as a proxy and each request carries its own X-Forwarded-For, as if from many families.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { untilHealthy } from '../tests/support/server-ready.ts';

const firstPort = Number(process.env['BENCH_PORT'] ?? 4455);
const steadyRate = Number(process.env['BENCH_RATE'] ?? 200);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'bench-feedback-'));

const goals = { saturationPerSecond: 3000, steadyP99ms: 20 };

const designs = [
  { commit: 'each', label: 'per-post commits (before)' },
  { commit: 'group', label: 'group commits (now)' },
] as const;
type Commit = (typeof designs)[number]['commit'];

function startServer(commit: Commit, port: number): ChildProcess {
  return spawn(process.execPath, ['scripts/serve.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FEEDBACK_DB: join(dir, `${commit}.sqlite`),
      FEEDBACK_COMMIT: commit,
      DATABASE_URL: '',
      TRUSTED_PROXIES: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

let client = 0;
const request = (port: number) => ({
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
});

interface Row {
  design: Commit;
  phase: string;
  connections: number;
  requestsPerSecond: number;
  p50ms: number;
  p99ms: number;
  errors: number;
  unexpectedStatus: number;
}

async function run(
  design: Commit,
  port: number,
  phase: string,
  connections: number,
  duration: number,
  overallRate?: number,
): Promise<Row> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/feedback`,
    connections,
    duration,
    requests: [request(port)],
    ...(overallRate ? { overallRate } : {}),
  });
  return {
    design,
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

const servers = designs.map(({ commit }, index) => ({
  commit,
  port: firstPort + index,
  process: startServer(commit, firstPort + index),
}));
const loadBefore = loadavg()[0] ?? 0;

try {
  for (const { port } of servers) {
    await untilHealthy(`http://127.0.0.1:${port}`, 'The server did not start: run "npm run build" first.');
  }
  // Warm-up, not recorded: the store opens on the first post and the code is compiled while it runs, as on a server
  // that has been up a while.
  for (const { commit, port } of servers) await run(commit, port, 'warm-up', 10, 2);

  const rows: Row[] = [];
  for (const { commit, port } of servers) {
    rows.push(await run(commit, port, `steady ${steadyRate}/s`, 10, seconds, steadyRate));
  }
  const ramp = servers.map((server) => ({ ...server, best: 0, flat: 0 }));
  for (const connections of [1, 2, 4, 8, 16, 32, 64, 128]) {
    for (const design of ramp.filter((d) => d.flat < 2)) {
      const row = await run(design.commit, design.port, 'ramp', connections, Math.max(3, Math.round(seconds / 2)));
      rows.push(row);
      // Saturated: twice in a row, doubling the connections brought under 5% more throughput.
      design.flat = row.requestsPerSecond < design.best * 1.05 ? design.flat + 1 : 0;
      design.best = Math.max(design.best, row.requestsPerSecond);
    }
  }
  console.table(rows);

  const results = Object.fromEntries(
    designs.map(({ commit, label }) => {
      const ramped = rows.filter((r) => r.design === commit && r.phase === 'ramp');
      const steady = rows.find((r) => r.design === commit && r.phase.startsWith('steady'));
      return [
        commit,
        {
          label,
          saturation: Math.max(...ramped.map((r) => r.requestsPerSecond)),
          oneConnection: ramped.find((r) => r.connections === 1)?.requestsPerSecond,
          steadyP99ms: steady?.p99ms,
        },
      ];
    }),
  );
  const loadAfter = loadavg()[0] ?? 0;
  console.table(
    Object.fromEntries([
      ...Object.values(results).map((r) => [
        r.label,
        {
          'saturation (posts/s)': r.saturation,
          'one connection (posts/s)': r.oneConnection,
          [`p99 at ${steadyRate}/s (ms)`]: r.steadyP99ms,
        },
      ]),
      [
        'goal',
        {
          'saturation (posts/s)': `>= ${goals.saturationPerSecond}`,
          'one connection (posts/s)': '',
          [`p99 at ${steadyRate}/s (ms)`]: `<= ${goals.steadyP99ms}`,
        },
      ],
    ]),
  );
  console.log(
    `SQLite, synchronous=FULL, one server process; the load generator shares the machine's cores. ` +
      `Load average before and after: ${loadBefore.toFixed(2)}, ${loadAfter.toFixed(2)}.`,
  );
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/feedback.json',
    `${JSON.stringify({ date: new Date().toISOString(), goals, results, loadAverage: [loadBefore, loadAfter], rows }, null, 2)}\n`,
  );
} finally {
  for (const server of servers) server.process.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
