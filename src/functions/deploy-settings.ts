/**
 * The settings a council gives the server when it deploys it, read once at start-up and checked then, so a mistake
 * stops the server with a message instead of showing up later as refused posts.
 *
 *   SITE_URL          the site's public address (https://localoffer.example.gov.uk): the one origin browsers may post
 *                     feedback from, and the base of the API's public URLs. Never taken from the request (Host,
 *                     X-Forwarded-Host or X-Forwarded-Proto), which a client can set.
 *   TRUSTED_PROXIES   the proxies in front of the server (addresses or CIDR ranges, comma-separated, or proxy-addr's
 *                     names: loopback, linklocal, uniquelocal): only their X-Forwarded-For is believed, to find the
 *                     client's address for the rate limit.
 */
import proxyAddr from 'proxy-addr';

export interface DeploySettings {
  /** The site's public origin, e.g. `https://localoffer.example.gov.uk`: no path, no trailing slash. */
  publicOrigin: string;
  /** Origins a browser may post feedback from: the public origin, and on a local server its loopback twins. */
  allowedOrigins: string[];
  /** The proxies whose X-Forwarded-For is believed, as given (validated). */
  trustedProxies: string[];
}

/** The origin of a configured public URL; throws, naming the setting, for anything but an http(s) origin. */
export function publicOriginFrom(value: string, setting = 'SITE_URL'): string {
  if (!URL.canParse(value)) throw new Error(`${setting} must be the site's address, like https://example.gov.uk`);
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${setting} must start with https:// (or http:// for a local server), not "${url.protocol}"`);
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new Error(`${setting} must be an origin only (scheme, host and port), like https://example.gov.uk`);
  }
  return url.origin;
}

/** The trusted proxies from a comma-separated list; throws, naming the setting, for an entry that is not an address. */
export function trustedProxiesFrom(value: string | undefined, setting = 'TRUSTED_PROXIES'): string[] {
  const list = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    proxyAddr.compile(list);
  } catch (error) {
    throw new Error(`${setting}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return list;
}

/**
 * The deploy settings from the environment. Without SITE_URL the server is taken to be local (`npm start`): its
 * public origin is http://localhost:<port>, and posts from http://127.0.0.1:<port> and http://[::1]:<port> are
 * accepted as well, so a browser on the same machine works whichever name it used.
 */
export function readDeploySettings(env: NodeJS.ProcessEnv = process.env, port = Number(env['PORT'] ?? 4321)) {
  const configured = env['SITE_URL'];
  const trustedProxies = trustedProxiesFrom(env['TRUSTED_PROXIES']);
  if (configured) {
    const publicOrigin = publicOriginFrom(configured);
    return { publicOrigin, allowedOrigins: [publicOrigin], trustedProxies } satisfies DeploySettings;
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env['PORT'] ?? port}"`);
  const publicOrigin = `http://localhost:${port}`;
  const allowedOrigins = [publicOrigin, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
  return { publicOrigin, allowedOrigins, trustedProxies } satisfies DeploySettings;
}
