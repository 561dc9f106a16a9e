/**
 * Where the build records the hashes of inline scripts and styles (src/integrations/post-build.ts writes it), for the
 * server's Content-Security-Policy (src/functions/server.ts) and for static hosts' header rules. Here, not in the
 * integration, so the server does not import build code.
 */
export const cspHashesFile = '_csp-hashes.json';

export interface CspHashes {
  scripts: string[];
  styles: string[];
}
