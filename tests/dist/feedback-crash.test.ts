/**
 * Crash safety: the server is killed with SIGKILL while feedback is being posted to it. Every post that was answered
 * 303 must be in the database afterwards, and the database must pass its integrity check. (SQLite in WAL mode with
 * synchronous=FULL commits each post to disk before the function answers; the posters send at once, so many posts
 * share a commit, and none may be answered before the commit that holds it.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/functions/stores/sqlite-store.ts';
import { freePort } from '../support/free-port.ts';
import { untilHealthy } from '../support/server-ready.ts';

const dir = mkdtempSync(join(tmpdir(), 'feedback-crash-'));
const db = join(dir, 'feedback.sqlite');
const children: ChildProcess[] = [];
/** What the servers wrote to stderr: shown if the test fails. */
const serverErrors: string[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/serve.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', FEEDBACK_DB: db, FEEDBACK_RATE_LIMIT: 'off', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.on('data', (chunk: Buffer) => serverErrors.push(chunk.toString()));
  children.push(child);
  await untilHealthy(`http://127.0.0.1:${port}`);
  return child;
}

describe('feedback storage', () => {
  it('keeps every acknowledged post when the server is killed mid-stream', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const server = await startServer(port);
    const acknowledged: string[] = [];
    const unexpected: string[] = [];
    const killed = { at: 0 };
    const wasKilled = () => killed.at > 0;
    let sent = 0;

    // Each poster sends until its connection fails after the kill. A failure before the kill is a finding.
    const poster = async () => {
      for (;;) {
        const marker = `crash-test-${(sent += 1)}`;
        let status: number;
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/feedback`, {
            method: 'POST',
            redirect: 'manual',
            headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `http://127.0.0.1:${port}` },
            body: new URLSearchParams({ kind: 'problem', page: '/short-breaks/', wrong: marker }).toString(),
          });
          status = res.status;
        } catch (error) {
          if (!wasKilled()) unexpected.push(String(error));
          return;
        }
        if (status === 303) acknowledged.push(marker);
        else unexpected.push(`status ${status}`);
      }
    };
    const posters = Array.from({ length: 8 }, poster);
    // Kill at a random moment once posts are flowing.
    while (acknowledged.length < 20 && unexpected.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 500));
    killed.at = Date.now();
    server.kill('SIGKILL');
    await Promise.allSettled(posters);
    expect(unexpected, serverErrors.join('')).toEqual([]);
    expect(acknowledged.length, serverErrors.join('')).toBeGreaterThan(10);

    // Restart on the same file: the server opens it again and takes posts.
    const restarted = await startServer(port);
    const after = await fetch(`http://127.0.0.1:${port}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ kind: 'useful', page: '/', useful: 'yes' }),
    });
    expect(after.status).toBe(201);
    restarted.kill('SIGTERM');

    const store = openSqliteStore(db);
    const stored = new Set((await store.list()).map((r) => r.wrong));
    expect(acknowledged.filter((marker) => !stored.has(marker))).toEqual([]);
    expect(await store.checkIntegrity()).toBe(true);
    await store.close();
  });
});
