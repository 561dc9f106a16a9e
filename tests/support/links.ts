/**
 * The links, images, scripts and forms on a built page that lead nowhere: shared by the checks over Plymouth's build
 * (tests/dist/built-pages.test.ts) and the sample council's (tests/dist/sample-council.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { siteConfig } from '../../src/site.config.ts';

/** Where an internal link points in the build, or undefined for a link that leaves the site. */
function targetFile(href: string, from: string, dist: string): string | undefined {
  const url = new URL(href, `http://site.test${from}`);
  if (url.origin !== 'http://site.test') return undefined;
  const path = decodeURIComponent(url.pathname);
  return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

function ids(root: HTMLElement): Set<string> {
  return new Set(root.querySelectorAll('[id]').map((el) => el.id));
}

const idsByFile = new Map<string, Set<string>>();
/** The ids in a built page, so links to `/glossary/#ehc-plan` can be checked as well as the page itself. */
function idsIn(file: string): Set<string> {
  let found = idsByFile.get(file);
  if (!found) {
    found = ids(parse(readFileSync(file, 'utf8')));
    idsByFile.set(file, found);
  }
  return found;
}

/** Every reference on the page at `path` (its root parsed) that finds no file or no id in the build in `dist`. */
export function brokenReferences(root: HTMLElement, path: string, dist: string): string[] {
  const broken: string[] = [];
  for (const el of root.querySelectorAll('a[href], link[href], img[src], script[src], form[action]')) {
    const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
    if (/^(mailto|tel):/.test(ref)) continue;
    // Feedback forms and the date tools post to the web function, which is not a file of the build. The date
    // tools' answer opens at the tool (#key-dates), which must be on the page.
    if (el.tagName === 'FORM' && el.getAttribute('method') === 'post') {
      const [endpoint = '', fragment] = ref.split('#');
      const known = ([siteConfig.feedbackEndpoint, siteConfig.keyDatesEndpoint] as string[]).includes(endpoint);
      if (!known || (fragment !== undefined && !ids(root).has(fragment))) broken.push(ref);
      continue;
    }
    if (el.tagName === 'LINK' && ['canonical', 'alternate'].includes(el.getAttribute('rel') ?? '')) continue;
    if (ref.startsWith('#')) {
      // A fragment is percent-encoded in the link (a translated heading's id has letters such as "ó").
      if (ref !== '#' && !ids(root).has(decodeURIComponent(ref.slice(1)))) broken.push(ref);
      continue;
    }
    const target = targetFile(ref, path, dist);
    if (target && !existsSync(target)) broken.push(ref);
    const hash = new URL(ref, 'http://site.test/').hash.slice(1);
    if (target && hash && existsSync(target) && !idsIn(target).has(decodeURIComponent(hash))) broken.push(ref);
  }
  return broken;
}
