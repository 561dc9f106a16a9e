import { expect, test, type Page } from '@playwright/test';

/**
 * The browser's speech, replaced by a recorder: what would be said, in which language, and the pause, resume and
 * cancel calls. Speech "ends" only when the test says so.
 */
async function recordSpeech(page: Page) {
  await page.addInitScript(() => {
    const log: { said: { text: string; lang: string }[]; calls: string[] } = { said: [], calls: [] };
    const queue: { onend: (() => void) | null }[] = [];
    class FakeUtterance {
      text: string;
      lang = '';
      onend: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        speak: (u: FakeUtterance) => {
          log.said.push({ text: u.text, lang: u.lang });
          queue.push(u);
        },
        pause: () => log.calls.push('pause'),
        resume: () => log.calls.push('resume'),
        cancel: () => {
          log.calls.push('cancel');
          queue.length = 0;
        },
      },
    });
    Object.assign(window, {
      speech: log,
      finishSpeaking: () => {
        for (const u of queue.splice(0)) u.onend?.();
      },
    });
  });
}

const speech = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { speech: { said: { text: string; lang: string }[]; calls: string[] } }).speech,
  );

test('an easy-read page reads itself aloud in its language, with pause, carry on and stop', async ({ page }) => {
  await recordSpeech(page);
  await page.goto('/pl/short-breaks/easy-read/');
  const listen = page.getByRole('button', { name: 'Posłuchaj tej strony' });
  await expect(listen).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zatrzymaj' })).toBeHidden();
  await listen.click();

  const { said } = await speech(page);
  const heading = (await page.locator('h1').innerText()).trim();
  expect(said[0]).toEqual({ text: heading, lang: 'pl' });
  const ideas = await page.locator('.easy-read__idea p').count();
  const headings = await page.locator('.easy-read__section h2').count();
  expect(said).toHaveLength(1 + headings + ideas);
  expect(said.every((part) => part.lang === 'pl')).toBe(true);

  await page.getByRole('button', { name: 'Wstrzymaj' }).click();
  await page.getByRole('button', { name: 'Wznów' }).click();
  await page.getByRole('button', { name: 'Zatrzymaj' }).click();
  expect((await speech(page)).calls).toEqual(['cancel', 'pause', 'resume', 'cancel']);
  await expect(listen).toBeFocused();
  await expect(page.getByRole('button', { name: 'Zatrzymaj' })).toBeHidden();
});

test('the button is ready again when the page has been read to the end', async ({ page }) => {
  await recordSpeech(page);
  await page.goto('/ehcp/easy-read/');
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.evaluate(() => {
    (window as unknown as { finishSpeaking: () => void }).finishSpeaking();
  });
  await expect(page.getByRole('button', { name: 'Listen to this page' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
});

test('English ideas on a page not yet translated are read by an English voice', async ({ page }) => {
  await recordSpeech(page);
  await page.goto('/pl/health/easy-read/');
  await page.locator('.listen button').first().click();
  const { said } = await speech(page);
  expect(said.length).toBeGreaterThan(3);
  expect(said.slice(1).every((part) => part.lang === 'en-GB')).toBe(true);
});

test('no controls where the browser cannot speak', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
  await page.goto('/short-breaks/easy-read/');
  await expect(page.locator('[data-listen]')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('no controls that would do nothing', async ({ page }) => {
    await page.goto('/short-breaks/easy-read/');
    await expect(page.locator('[data-listen]')).toBeHidden();
  });
});
