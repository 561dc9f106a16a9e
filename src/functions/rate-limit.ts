/** How many posts one client may send in a window. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** Enough for a person to answer "useful?" and report problems on several pages, too few for a flood. */
export const defaultRateLimit: RateLimit = { limit: 10, windowSeconds: 600 };

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A fixed-window counter per client, in memory. Windows that have ended are forgotten, so addresses are held no
 * longer than one window. On a serverless platform each instance counts for itself: put the platform's own limiter
 * in front for a hard limit.
 */
export function createRateLimiter(limit: RateLimit = defaultRateLimit, now: () => Date = () => new Date()) {
  const windows = new Map<string, { count: number; endsAt: number }>();
  const windowMs = limit.windowSeconds * 1000;

  function forgetEnded(at: number) {
    for (const [key, window] of windows) if (window.endsAt <= at) windows.delete(key);
  }

  return {
    take(client: string): Verdict {
      const at = now().getTime();
      if (windows.size > 10_000) forgetEnded(at);
      let window = windows.get(client);
      if (!window || window.endsAt <= at) {
        window = { count: 0, endsAt: at + windowMs };
        windows.set(client, window);
      }
      window.count += 1;
      if (window.count <= limit.limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - at) / 1000)) };
    },
  };
}
