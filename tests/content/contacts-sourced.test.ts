/**
 * Every phone number and email address the site publishes must come from the facts the content is written from
 * (shared/content-facts*.md or a seed), and the page must list the source those files give for it. No page may still
 * announce work as to come ("we are building"): the site says what exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nationalDigits, phoneNumbersIn } from '../../src/lib/markdown/phone-numbers.ts';
import { siteConfig } from '../../src/site.config.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const content = join(root, 'content');
const shared = join(root, '..', 'shared');

const emailPattern = /[\w.%+-]+@[a-z\d-]+(?:\.[a-z\d-]+)+/gi;

interface Source {
  title?: string;
  url?: string;
  seed?: string;
}

/** An address compared without its scheme, `www.`, port, fragment or trailing slash. */
function normalUrl(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/:443(?=\/|$)/, '')
    .replace(/#.*$/, '')
    .replace(/[/.,;)]+$/, '');
}

/** One fact in the facts files: a bullet with its continuation lines, and the addresses it names as its source. */
interface Fact {
  file: string;
  text: string;
  addresses: string[];
}

function factsIn(file: string): Fact[] {
  const facts: Fact[] = [];
  let current: Fact | undefined;
  for (const line of readFileSync(join(shared, file), 'utf8').split('\n')) {
    if (/^\s*- /.test(line) && !/^\s{2,}- /.test(line)) {
      current = { file, text: line, addresses: [] };
      facts.push(current);
    } else if (/^\s+\S/.test(line) && current) current.text += ` ${line.trim()}`;
  }
  // The facts files give sources as full addresses or as a bare domain and path ("livewellsouthwest.co.uk/...").
  const address = /(?<![@\w.-])(?:https?:\/\/)?(?:[a-z\d-]+\.)+(?:co\.uk|org\.uk|gov\.uk|nhs\.uk|ac\.uk|sch\.uk|com|org|uk)(?::\d+)?(?:\/[^\s),;]*)?/gi;
  for (const fact of facts) fact.addresses = [...fact.text.matchAll(address)].map((m) => normalUrl(m[0]));
  return facts;
}

const facts = ['content-facts.md', 'content-facts-2.md'].filter((f) => existsSync(join(shared, f))).flatMap(factsIn);
const seeds = readdirSync(join(shared, 'seeds'))
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .map((f) => ({ id: f.slice(0, 3), text: readFileSync(join(shared, 'seeds', f), 'utf8') }));

/** Does a text give this phone number (compared by its digits) or this email address? */
function gives(text: string, contact: { phone?: string | undefined; email?: string | undefined }): boolean {
  if (contact.phone) return phoneNumbersIn(text).some((number) => nationalDigits(number) === contact.phone);
  return contact.email !== undefined && text.toLowerCase().includes(contact.email);
}

/** Where a phone number or email is given in the facts: the addresses and seeds that count as its source. */
function sourcesOf(contact: { phone?: string | undefined; email?: string | undefined }) {
  return {
    addresses: facts.filter((fact) => gives(fact.text, contact)).flatMap((fact) => fact.addresses),
    seeds: seeds.filter((seed) => gives(seed.text, contact)).map((seed) => seed.id),
  };
}

function frontmatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return (match ? parse(match[1] ?? '') : {}) as Record<string, unknown>;
}

/** Every content file that publishes words, with the sources it lists (an easy-read twin shares its page's). */
function contentFiles(): { file: string; text: string; sources: Source[] }[] {
  const pagesDir = join(content, 'pages', 'en');
  const pages = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
  const sourcesOfPage = (file: string) =>
    (frontmatter(readFileSync(join(pagesDir, file), 'utf8'))['sources'] as Source[] | undefined) ?? [];
  const yamlDir = (dir: string) =>
    existsSync(join(content, dir))
      ? readdirSync(join(content, dir))
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => join(content, dir, f))
      : [];
  return [
    ...pages.map((file) => {
      const twinOf = file.startsWith('easy-read/') ? file.slice('easy-read/'.length) : file;
      return {
        file: join(pagesDir, file),
        text: readFileSync(join(pagesDir, file), 'utf8'),
        sources: existsSync(join(pagesDir, twinOf)) ? sourcesOfPage(twinOf) : [],
      };
    }),
    ...[...yamlDir('oap'), ...yamlDir('directory'), ...yamlDir('short-breaks'), join(content, 'glossary.yaml')].map(
      (file) => {
        const text = readFileSync(file, 'utf8');
        const data = parse(text) as { sources?: Source[] } | unknown[];
        return { file, text, sources: Array.isArray(data) ? [] : (data.sources ?? []) };
      },
    ),
  ];
}

const files = contentFiles();
// The council switchboard is set once in the site configuration, with its source there, and shown in the help box on
// every page; pages name it as the place to call when a team's own number is not known.
const switchboard = nationalDigits(siteConfig.contact.switchboard.display);

describe('phone numbers and email addresses come from a named source', () => {
  it('reads the facts files and the content', () => {
    expect(facts.length).toBeGreaterThan(50);
    expect(files.length).toBeGreaterThan(60);
  });

  it('the switchboard in the site configuration is in the facts', () => {
    expect(sourcesOf({ phone: switchboard }).addresses.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [relative(root, f.file), f] as const))('%s', (_name, { text, sources }) => {
    const problems: string[] = [];
    const listed = {
      urls: sources.flatMap((s) => (s.url ? [normalUrl(s.url)] : [])),
      seeds: sources.flatMap((s) => (s.seed ? [s.seed] : [])),
    };
    const cited = (found: ReturnType<typeof sourcesOf>) =>
      found.seeds.some((seed) => listed.seeds.includes(seed)) ||
      found.addresses.some((address) =>
        listed.urls.some((url) => url === address || (!address.includes('/') && url.split('/')[0] === address)),
      );
    const contacts: { phone?: string; email?: string; label: string }[] = [
      ...[...new Set(phoneNumbersIn(text).map(nationalDigits))].map((phone) => ({ phone, label: phone })),
      ...[...new Set([...text.matchAll(emailPattern)].map((m) => m[0].toLowerCase()))].map((email) => ({
        email,
        label: email,
      })),
    ];
    for (const contact of contacts) {
      if (contact.phone === switchboard) continue;
      const found = sourcesOf(contact);
      if (found.addresses.length === 0 && found.seeds.length === 0) {
        problems.push(`${contact.label} is not in shared/content-facts*.md or a seed`);
      } else if (!cited(found)) {
        const where = [...new Set(found.addresses)].slice(0, 3).join(', ') || `seed ${found.seeds.join(', ')}`;
        problems.push(`${contact.label}: list its source in sources (the facts give ${where})`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('content says what exists', () => {
  it.each(files.map((f) => [relative(root, f.file), f.text] as const))('%s does not announce work to come', (_n, text) => {
    expect(text).not.toMatch(/\bwe are (?:building|working on) (?:an?|this|the)\b/i);
  });

  it('checks the files it names', () => {
    expect(files.map((f) => basename(f.file))).toContain('contact.md');
  });
});
