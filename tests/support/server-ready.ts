import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Waits until the web function at `origin` answers `/api/health`, polling for up to ten seconds; throws `message`
 * if it never does. For the tests and benchmarks that start `scripts/serve.ts` themselves. (Hand-written: wait-on,
 * the usual package, brings an HTTP client and a schema library for a ten-line poll.)
 */
export async function untilHealthy(origin: string, message = 'The server did not start.'): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(message);
}
