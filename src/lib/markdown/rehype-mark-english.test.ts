import { describe, expect, it } from 'vitest';
import { withEnglishMarked } from './rehype-mark-english.ts';

const page = (body: string) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><title>Plymouth</title></head><body>${body}</body></html>`;

describe('marking English in built Arabic and Chinese pages', () => {
  it('wraps each Latin run in body text, left to right in Arabic, leaving the head alone', () => {
    const html = withEnglishMarked(page('<p>اتصل بـ Plymouth City Council اليوم.</p>'), 'ar', true);
    expect(html).toContain('<p>اتصل بـ <span lang="en-GB" dir="ltr">Plymouth City Council</span> اليوم.</p>');
    expect(html).toContain('<title>Plymouth</title>');
  });

  it('leaves islands, options, code and text already marked English as they are', () => {
    const body = [
      '<astro-island><p>في Plymouth</p></astro-island>',
      '<select><option>Plymouth</option></select>',
      '<code>npm test</code>',
      '<p lang="en-GB">Plymouth</p>',
    ].join('');
    expect(withEnglishMarked(page(body), 'ar', true)).toBeUndefined();
  });

  it('marks Chinese pages without dir', () => {
    const html = withEnglishMarked(
      page('<p>请联系 PIAS。</p>').replace('lang="ar" dir="rtl"', 'lang="zh-Hans"'),
      'zh-Hans',
      false,
    );
    expect(html).toContain('<p>请联系 <span lang="en-GB">PIAS</span>。</p>');
  });

  it('changes only the marked text: the rest stays as Astro wrote it, escaping included', () => {
    const source = page('<div data-props="{&quot;a&quot;:&quot;x &gt; y&quot;}"><p>في Plymouth &amp; Devon</p></div>');
    const html = withEnglishMarked(source.replace('<!doctype', '<!DOCTYPE'), 'ar', true);
    expect(html).toContain('<!DOCTYPE html>');
    expect(html).toContain('data-props="{&quot;a&quot;:&quot;x &gt; y&quot;}"');
    expect(html).toContain('<span lang="en-GB" dir="ltr">Plymouth</span> &#x26; <span');
  });

  it('gives a phone link named in English its language', () => {
    const html = withEnglishMarked(page('<p>اتصل بـ <a href="tel:111" dir="ltr">NHS 111</a></p>'), 'ar', true);
    expect(html).toContain('<a lang="en-GB" href="tel:111" dir="ltr">NHS 111</a>');
  });

  it('says when a page has nothing to mark, so it is not rewritten', () => {
    expect(withEnglishMarked(page('<p>مرحبا</p>'), 'ar', true)).toBeUndefined();
  });

  it('reads a text split by character references and comments as the browser does', () => {
    const html = withEnglishMarked(page('<p>مع Plymouth&nbsp;City Council<!-- x -->و SENDIASS</p>'), 'ar', true);
    expect(html).toContain('مع <span lang="en-GB" dir="ltr">Plymouth\u00a0City Council</span><!-- x -->و ');
    expect(html).toContain('<!-- x -->و <span lang="en-GB" dir="ltr">SENDIASS</span></p>');
  });

  it('names a phone link by all its text, and leaves a link with its own language or inside English alone', () => {
    const named = withEnglishMarked(page('<p><a href="tel:111"><strong>NHS</strong> 111</a></p>'), 'ar', true);
    expect(named).toContain('<a lang="en-GB" href="tel:111"><strong>NHS</strong> 111</a>');
    const numberOnly = page('<p><a href="tel:111">111</a></p>');
    expect(withEnglishMarked(numberOnly, 'ar', true)).toBeUndefined();
    const inEnglish = page('<p lang="en-GB"><a href="tel:111">NHS 111</a></p><p><a href="tel:1" lang="ar">NHS</a></p>');
    expect(withEnglishMarked(inEnglish, 'ar', true)).toBeUndefined();
  });
});
