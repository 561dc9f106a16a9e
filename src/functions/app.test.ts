import { describe, expect, it } from 'vitest';
import { createFunctionApp } from './app.ts';

describe('web function', () => {
  it('answers the health check with no caching', async () => {
    const res = await createFunctionApp().request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('sends security headers with every response', async () => {
    const res = await createFunctionApp().request('/api/nothing-here');
    expect(res.status).toBe(404);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
  });

  it('turns a fault into a generic message and one log line, never a stack trace', async () => {
    const lines: string[] = [];
    const app = createFunctionApp({ log: (line) => lines.push(line) });
    app.get('/api/fault', () => {
      throw new Error('database is on fire at /var/lib/secret');
    });
    const res = await app.request('/api/fault');
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toContain('fire');
    expect(body).not.toMatch(/at \S+ \(/);
    expect(JSON.parse(body)).toEqual({ error: 'Something went wrong. Please try again later.' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('GET /api/fault');
    expect(lines[0]).not.toContain('\n');
  });
});
