import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { siteConfig } from '../../src/site.config.ts';
import { htmlFiles, readHtml } from '../site-pages.ts';
import { keyDatesBlock } from '../../src/functions/key-dates.ts';
import { toolPages } from '../../src/lib/key-dates/tools.ts';

const page = (path: string) => {
  const file = `${path.replace(/^\//, '')}index.html`;
  expect(htmlFiles(), `${path} is built`).toContain(file);
  return parse(readHtml(file));
};

const areas = [
  'communication-and-interaction',
  'cognition-and-learning',
  'social-emotional-and-mental-health',
  'sensory-and-physical',
];
const prefixes = locales.map((l) => (l.code === 'en' ? '' : `/${l.code}`));
/** Every built OAP page (overview, areas, easy reads, checklists) in every language, as a file under dist/. */
const oapFiles = () => htmlFiles().filter((f) => /^(?:[a-z]{2}\/)?ordinarily-available-provision\//.test(f));
/** What an OAP page must not say: that these examples are what every school in Plymouth should do, or Plymouth's policy. */
const plymouthPolicyClaims = [
  /\bevery (?:nursery|school|setting|college)\b[^.!?]*\bshould\b/i,
  /\bevery Plymouth (?:school|nursery|setting|college)\b/i,
  /(?<!\bnot )\bPlymouth's (?:own )?(?:policy|rules)\b/i,
];
const pathways = ['neurodevelopmental', 'speech-and-language', 'emotional-wellbeing-and-mental-health', 'community-paediatrics'];

describe('topic pages as built', () => {
  it('links the first use of glossary terms on a topic page, once each', () => {
    const links = page('/ehcp/')
      .querySelectorAll('.prose a.glossary-link')
      .map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThan(3);
    expect(new Set(links).size).toBe(links.length);
    expect(links.every((href) => href?.startsWith('/glossary/#'))).toBe(true);
  });

  it('lists at least 40 glossary terms, each with an anchor and a meaning', () => {
    const glossary = page('/glossary/');
    const terms = glossary.querySelectorAll('.glossary dt[id]');
    expect(terms.length).toBeGreaterThanOrEqual(40);
    expect(glossary.querySelectorAll('.glossary dd').length).toBe(terms.length);
    expect(page('/glossary/easy-read/').querySelectorAll('.glossary dt').length).toBe(terms.length);
  });

  it('shows the assess, plan, do, review cycle and the EHC timeline as text, not pictures of text', () => {
    expect(page('/graduated-approach/').querySelectorAll('ol.cycle > li')).toHaveLength(4);
    const timeline = page('/ehcp/').querySelectorAll('ol.timeline > li');
    expect(timeline.length).toBeGreaterThanOrEqual(5);
    const text = timeline.map((li) => li.text).join(' ');
    for (const step of [/week 6/i, /week 16/i, /week 20/i, /15 calendar days/]) expect(text).toMatch(step);
  });

  it.each(areas)('OAP %s: every example shows a linked source, on the area page and every checklist', (area) => {
    for (const prefix of prefixes) {
      const html = page(`${prefix}/ordinarily-available-provision/${area}/`);
      const examples = html.querySelectorAll('.strategies > li');
      expect(examples.length, prefix).toBeGreaterThan(0);
      for (const example of examples) {
        expect(example.querySelector('[data-strategy-source] a[href^="https://"]'), `${prefix} ${example.id}`).not.toBeNull();
      }
      expect(html.querySelector(`a[href="${prefix}/ordinarily-available-provision/${area}/easy-read/"]`)).not.toBeNull();

      const checklists = html
        .querySelectorAll(`a[href^="${prefix}/ordinarily-available-provision/${area}/checklist/"]`)
        .map((a) => a.getAttribute('href') ?? '');
      expect(checklists.length, prefix).toBeGreaterThan(0);
      for (const path of checklists) {
        const checklist = page(path);
        const rows = checklist.querySelectorAll('table.checklist tbody tr');
        expect(rows.length, path).toBeGreaterThan(0);
        for (const row of rows) {
          const link = row.querySelector('[data-strategy-source] a[href^="https://"]');
          expect(link, `${path}: ${row.text.trim().slice(0, 60)}`).not.toBeNull();
          // The number beside the example points to the printed list, which shows the same document's full address.
          const number = /\[(\d+)\]/.exec(row.querySelector('.strategy__source-number')?.text ?? '')?.[1];
          const listed = checklist.querySelector(`.checklist-sources li#source-${number ?? ''} a`);
          expect(listed?.getAttribute('href'), path).toBe(link?.getAttribute('href'));
          expect(listed?.text.trim(), path).toBe(link?.getAttribute('href'));
        }
      }

      const easyRead = page(`${prefix}/ordinarily-available-provision/${area}/easy-read/`);
      expect(easyRead.querySelectorAll('.easy-read__source a[href^="https://"]').length, prefix).toBeGreaterThan(0);
    }
  });

  it("links Plymouth's own OAP guide from every OAP page, in every language", () => {
    const files = oapFiles();
    // The overview and its easy read, and for each area its page, easy read and at least one checklist.
    expect(files.length).toBeGreaterThanOrEqual(locales.length * (2 + areas.length * 3));
    const missing = files.filter(
      (file) => !parse(readHtml(file)).querySelector(`main a[href="${siteConfig.oapGuide.url}"]`),
    );
    expect(missing).toEqual([]);
  });

  it('says, wherever it shows the guide, that the copy online may be a draft and which number to call', () => {
    const guides = oapFiles().flatMap((file) => {
      const guide = parse(readHtml(file)).querySelector('[data-oap-guide]');
      return guide ? [{ file, guide }] : [];
    });
    expect(guides.length).toBeGreaterThanOrEqual(locales.length * areas.length * 2);
    const wrong = guides.filter(
      ({ guide }) => !guide.querySelector(`a[href="tel:${siteConfig.contact.switchboard.tel}"]`),
    );
    expect(wrong.map(({ file }) => file)).toEqual([]);
  });

  it('no OAP page says its examples are what every school in Plymouth should do, or Plymouth policy', () => {
    const english = oapFiles().filter((file) => file.startsWith('ordinarily-available-provision/'));
    expect(english.length).toBeGreaterThan(areas.length * 3);
    const claims = english.flatMap((file) => {
      const text = (parse(readHtml(file)).querySelector('main')?.text ?? '').replace(/\s+/g, ' ');
      return plymouthPolicyClaims.flatMap((claim) => {
        const found = claim.exec(text);
        return found ? [`${file}: "${found[0]}"`] : [];
      });
    });
    expect(claims).toEqual([]);
  });

  it.each(pathways)('Help Whilst Waiting %s: the crisis route comes before the page text', (pathway) => {
    for (const path of [`/help-whilst-waiting/${pathway}/`, `/help-whilst-waiting/${pathway}/easy-read/`]) {
      const main = page(path).querySelector('main');
      const html = main?.innerHTML ?? '';
      expect(html.indexOf('class="crisis"'), path).toBeGreaterThan(-1);
      expect(html.indexOf('class="crisis"'), path).toBeLessThan(html.search(/class="(prose|easy-read__section)"/));
      expect(main?.querySelector('.crisis a[href="tel:111"]'), path).not.toBeNull();
      expect(main?.querySelector('.crisis a[href="tel:999"]'), path).not.toBeNull();
    }
  });

  it('links home and every life-stage page to every topic', () => {
    const topics = page('/')
      .querySelectorAll('.topic-list a')
      .map((a) => a.getAttribute('href'));
    for (const path of ['/graduated-approach/', '/ordinarily-available-provision/', '/help-whilst-waiting/', '/short-breaks/', '/ehcp/']) {
      expect(topics).toContain(path);
    }
    for (const stage of ['early-years', 'primary', 'secondary', 'preparing-for-adulthood']) {
      const links = page(`/${stage}/`)
        .querySelectorAll('.topic-list a')
        .map((a) => a.getAttribute('href'));
      expect(links).toEqual(topics);
    }
  });

  it('shows every statutory item with the pages that cover it, in every language', () => {
    const items = (parseYaml(readFileSync(new URL('../../content/statutory-items.yaml', import.meta.url), 'utf8')) as {
      id: string;
    }[]).map((item) => item.id);
    for (const prefix of ['', '/pl', '/ar']) {
      const rows = page(`${prefix}/about-this-local-offer/`).querySelectorAll('.coverage__table tbody tr');
      expect(rows.map((row) => row.id)).toEqual(items);
      for (const row of rows) {
        const links = row.querySelectorAll('.coverage__pages a').map((a) => a.getAttribute('href') ?? '');
        expect(links.length, `${prefix} ${row.id}`).toBeGreaterThan(0);
        expect(links.every((href) => href.startsWith(`${prefix}/`)), `${prefix} ${row.id}`).toBe(true);
      }
    }
  });
});


describe('the date tools as built', () => {
  it('carries each tool on its page in every language, in the block the function fills, posting its language', () => {
    for (const [tool, path] of Object.entries(toolPages)) {
      for (const prefix of prefixes) {
        const code = prefix.slice(1) || 'en';
        const html = readHtml(`${prefix.slice(1)}${prefix ? '/' : ''}${path.slice(1)}index.html`);
        expect(keyDatesBlock.test(html), `${prefix}${path} has the block the function fills`).toBe(true);
        const form = parse(html).querySelector('#key-dates form.key-dates__form');
        expect(form?.getAttribute('action')).toBe(`${siteConfig.keyDatesEndpoint}#key-dates`);
        expect(form?.querySelector('input[name="tool"]')?.getAttribute('value')).toBe(tool);
        expect(form?.querySelector('input[name="lang"]')?.getAttribute('value')).toBe(code);
        // The page itself ships no JavaScript: the answer comes from the function.
        expect(parse(html).querySelectorAll('script[src], script[type="module"]')).toHaveLength(0);
      }
    }
  });

  it('links each tool from the top of its parent page, in every language', () => {
    for (const path of Object.values(toolPages)) {
      const parent = path.replace(/[^/]+\/$/, '');
      for (const prefix of prefixes) {
        const links = page(`${prefix}${parent}`)
          .querySelectorAll('section[aria-labelledby="tool-pages-heading"] a')
          .map((a) => a.getAttribute('href'));
        expect(links, `${prefix}${parent}`).toContain(`${prefix}${path}`);
      }
    }
  });
});

describe('reading tools without an overlay', () => {
  it('links "Make this website easier to use" from the footer of every page, in its language', () => {
    const missing = htmlFiles()
      .filter((file) => !file.startsWith('pagefind/'))
      .filter((file) => {
        const prefix = /^(pl|ro|zh|pt|ar)\//.exec(file)?.[1];
        const expected = prefix ? `/${prefix}/easier-to-use/` : '/easier-to-use/';
        const links = parse(readHtml(file))
          .querySelectorAll('.site-footer a')
          .map((a) => a.getAttribute('href'));
        return !links.includes(expected);
      });
    expect(missing).toEqual([]);
  });
});

describe('easy-read pages as built', () => {
  it('say they are the easy-read version in the window title and the last breadcrumb, in every language', async () => {
    const { uiStrings } = await import('../../src/i18n/ui-strings.ts');
    const files = htmlFiles().filter((file) => /(?:^|\/)easy-read\/index\.html$/.test(file) && !file.includes('/check/'));
    expect(files.length).toBeGreaterThan(100);
    const wrong = files.filter((file) => {
      const code = (/^(pl|ro|zh|pt|ar)\//.exec(file)?.[1] ?? 'en') as keyof typeof uiStrings;
      const label = uiStrings[code].breadcrumbs.easyRead;
      const root = parse(readHtml(file));
      const last = root.querySelector('.breadcrumbs [aria-current="page"]')?.text.trim();
      const title = root.querySelector('title')?.text ?? '';
      return last !== label || !title.startsWith(label);
    });
    expect(wrong).toEqual([]);
  });
});
