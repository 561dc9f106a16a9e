import { secureHeaders } from 'hono/secure-headers';

/**
 * The Content-Security-Policy every response carries. Everything comes from this site: no CDNs, fonts or analytics.
 * Scripts may not run inline. 'wasm-unsafe-eval' and blob: workers are what Pagefind's search needs.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  manifestSrc: ["'self'"],
  formAction: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

/** Inline code the build produced (island hydration), allowed by hash: see src/integrations/csp-hashes.ts. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/** Security headers for every response, from the static site and from the function alike. */
export const securityHeaders = (inline: InlineHashes = { scripts: [], styles: [] }) =>
  secureHeaders({
    contentSecurityPolicy: {
      ...contentSecurityPolicy,
      scriptSrc: [...contentSecurityPolicy.scriptSrc, ...inline.scripts],
      styleSrc: [...contentSecurityPolicy.styleSrc, ...inline.styles],
    },
    // 'same-origin' keeps page addresses private from other sites but keeps Origin for our own form posts.
    referrerPolicy: 'same-origin',
    xFrameOptions: 'DENY',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    permissionsPolicy: {
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
      browsingTopics: [],
    },
  });
