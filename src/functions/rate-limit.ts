import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter, type ClientRateLimitInfo, type Store } from 'hono-rate-limiter';
import ipaddr from 'ipaddr.js';
import proxyAddr from 'proxy-addr';

/** How many posts one client may send in a window. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** Enough for a person to answer "useful?" and report problems on several pages, too few for a flood. */
export const defaultRateLimit: RateLimit = { limit: 10, windowSeconds: 600 };

/**
 * The client's address: the socket's, or, when the socket is a trusted proxy, the nearest X-Forwarded-For hop that is
 * not one (proxy-addr, as Express uses it). With no trusted proxies X-Forwarded-For is ignored, so a client cannot
 * pick its own bucket by sending one.
 */
export function clientAddress(
  socket: string | undefined,
  forwardedFor: string | undefined,
  trust: (address: string, hop: number) => boolean,
): string | undefined {
  if (!socket) return undefined;
  // proxy-addr reads a Node request; these are the only two fields it looks at.
  const request = { socket: { remoteAddress: socket }, headers: { 'x-forwarded-for': forwardedFor } };
  return proxyAddr(request as unknown as IncomingMessage, trust);
}

/**
 * The bucket an address counts against: IPv4-mapped IPv6 (`::ffff:127.0.0.1`, what a socket bound to `::` reports)
 * is the IPv4 address, and IPv6 is counted by /64, the block one home or phone is usually given, so rotating
 * addresses within it does not buy more posts.
 */
export function rateLimitKey(address: string | undefined): string {
  if (address === undefined) return 'unknown';
  const bare = address.replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return address;
  const ip = ipaddr.process(bare);
  if (ip.kind() === 'ipv4') return ip.toString();
  const parts = (ip as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}

/**
 * The library's Store, in memory, forgetting each client the moment its window ends. hono-rate-limiter's own
 * MemoryStore clears clients in bulk a window after they are last moved, so it can hold an address for two windows;
 * the privacy notice promises to forget it after one (10 minutes by default).
 */
export class ForgetfulMemoryStore implements Store {
  readonly #windows = new Map<string, ClientRateLimitInfo & { resetTime: Date }>();
  #windowMs = defaultRateLimit.windowSeconds * 1000;

  init(options: { windowMs: number }) {
    this.#windowMs = options.windowMs;
  }

  get(key: string) {
    return this.#windows.get(key);
  }

  increment(key: string): ClientRateLimitInfo {
    let window = this.#windows.get(key);
    if (!window || window.resetTime.getTime() <= Date.now()) {
      const fresh = { totalHits: 0, resetTime: new Date(Date.now() + this.#windowMs) };
      window = fresh;
      this.#windows.set(key, fresh);
      setTimeout(() => {
        if (this.#windows.get(key) === fresh) this.#windows.delete(key);
      }, this.#windowMs).unref();
    }
    window.totalHits += 1;
    return window;
  }

  decrement(key: string) {
    const window = this.#windows.get(key);
    if (window && window.totalHits > 0) window.totalHits -= 1;
  }

  resetKey(key: string) {
    this.#windows.delete(key);
  }

  /** How many clients are remembered: for tests of the privacy promise. */
  get size() {
    return this.#windows.size;
  }
}

/**
 * A fixed-window limit per client (hono-rate-limiter, with the store above). On a serverless platform each instance
 * counts for itself: put the platform's own limiter in front for a hard limit. `onLimited` answers the refused
 * request; Retry-After is already set.
 */
export function rateLimitMiddleware(
  limit: RateLimit,
  client: (c: Context) => string | undefined,
  onLimited: (c: Context, retryAfterSeconds: number) => Response | Promise<Response>,
  store: Store = new ForgetfulMemoryStore(),
): MiddlewareHandler {
  return rateLimiter({
    windowMs: limit.windowSeconds * 1000,
    limit: limit.limit,
    standardHeaders: 'draft-7',
    store,
    keyGenerator: (c) => rateLimitKey(client(c)),
    // The library returns the handler's answer as the response (its type says void, its code returns it; the 429
    // tests in security.test.ts would fail if it stopped).
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- see above
    handler: (c) => onLimited(c, Math.max(1, Number(c.res.headers.get('retry-after') ?? limit.windowSeconds))),
  });
}
