import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readHtml } from '../site-pages.ts';

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

  it.each(areas)('OAP %s: at least 12 strategies by level and phase, an easy read and a checklist per phase', (area) => {
    const html = page(`/ordinarily-available-provision/${area}/`);
    expect(html.querySelectorAll('.strategies > li').length).toBeGreaterThanOrEqual(12);
    expect(html.querySelectorAll('.strategy-group h3').length).toBeGreaterThanOrEqual(2);
    expect(html.querySelector(`a[href="/ordinarily-available-provision/${area}/easy-read/"]`)).not.toBeNull();
    for (const phase of ['early-years', 'primary', 'secondary', 'post-16']) {
      const checklist = page(`/ordinarily-available-provision/${area}/checklist/${phase}/`);
      expect(checklist.querySelectorAll('table.checklist tbody tr').length).toBeGreaterThan(0);
    }
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
});
