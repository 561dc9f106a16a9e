import { expect, test, type Page } from '@playwright/test';

/**
 * The site respects the settings people choose for themselves, instead of offering an overlay of its own: spacing
 * they apply (WCAG 1.4.12), bigger text (1.4.4), forced colours (Windows contrast themes) and reduced motion. One page
 * of each template, in English and Arabic.
 */
const sample = [
  '/',
  '/ehcp/',
  '/ehcp/easy-read/',
  '/ehcp/key-dates/',
  '/short-breaks/check/ask/',
  '/search/',
  '/directory/',
  '/glossary/',
  '/ordinarily-available-provision/communication-and-interaction/',
  '/ar/',
  '/ar/disagreements/appeal-deadline/',
  '/ar/short-breaks/easy-read/',
];

/** Elements whose text is cut off: content larger than a box that hides what overflows. */
function clippedText(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el): el is HTMLElement => el instanceof HTMLElement)
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden' || !el.innerText.trim()) return false;
        // The visually hidden pattern clips on purpose: its text is for screen readers only.
        if (el.closest('.visually-hidden, .skip-link')) return false;
        const hides = (value: string) => value === 'hidden' || value === 'clip';
        const cutAcross = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
        const cutDown = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        return cutAcross || cutDown;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
}

// A person's own stylesheet (or a browser extension) is not bound by the site's Content-Security-Policy; the test's
// injected styles stand in for it, so they may skip it too.
test.use({ bypassCSP: true });

const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

for (const path of sample) {
  test(`${path}: text spacing and 200% text keep every word visible`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    // The bookmarklet values of WCAG 1.4.12.
    await page.addStyleTag({
      content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        p { margin-block-end: 2em !important; }`,
    });
    expect(await clippedText(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    // Text twice the size, the layout the browser's own: everything still fits across the window.
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    expect(await clippedText(page)).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
  });
}

test('in forced colours, buttons keep an edge, focus stays visible and icons take the text colour', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  for (const path of ['/ehcp/key-dates/', '/ar/short-breaks/easy-read/', '/search/']) {
    await page.goto(path);
    const buttons = await page.locator('button:visible').evaluateAll((els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        return { text: (el as HTMLElement).innerText, edge: parseFloat(style.borderTopWidth) > 0 };
      }),
    );
    expect(buttons.length, path).toBeGreaterThan(0);
    expect(
      buttons.filter((b) => !b.edge),
      path,
    ).toEqual([]);

    // Every focus the keyboard reaches first (skip link, header links, the form) shows an outline or the system's
    // highlight colour behind it.
    for (let press = 0; press < 4; press += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement instanceof HTMLElement ? document.activeElement : document.body;
        const style = getComputedStyle(element);
        const canvas = getComputedStyle(document.body).backgroundColor;
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const filled = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== canvas;
        return {
          what: `${element.tagName} ${element.innerText.trim().slice(0, 30)}`,
          visible: outline || filled,
        };
      });
      expect(focus.visible, `${path}: ${focus.what}`).toBe(true);
    }

    const icons = await page.locator('svg:visible').evaluateAll((els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        return { fill: style.fill, stroke: style.stroke, colour: style.color, adjust: style.forcedColorAdjust };
      }),
    );
    for (const icon of icons) {
      // Drawn in the text colour (currentColor), which the forced palette sets: never a fixed colour kept.
      expect(icon.adjust, path).not.toBe('none');
      expect([icon.stroke, icon.fill], path).toContain(icon.colour);
    }
  }
});

test('with reduced motion nothing moves', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const path of ['/', '/short-breaks/check/ask/', '/directory/']) {
    await page.goto(path);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('*')]
        .filter((el) => {
          const style = getComputedStyle(el);
          const seconds = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v) || 0));
          return seconds(style.animationDuration) > 0.01 || seconds(style.transitionDuration) > 0.01;
        })
        .map((el) => el.tagName.toLowerCase()),
    );
    expect(moving, path).toEqual([]);
  }
});
