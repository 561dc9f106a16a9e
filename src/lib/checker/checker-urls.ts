import type { CheckerView } from './checker-types.ts';

/**
 * Each step of the checker is a real URL, so the flow works without JavaScript and back and forward work with it:
 * `<base>ask/` is the first question, `<base>ask/in-area/under-18/` the question after those answers (or "Check
 * your answers" once they reach an outcome), and `<base>ask/.../result/` the outcome.
 */
export function stepUrl(base: string, view: CheckerView): string {
  const answers = view.answers.map((a) => `${a}/`).join('');
  return `${base}ask/${answers}${view.result ? 'result/' : ''}`;
}

/** The view a path shows, or undefined for a path outside the steps (the start page, say). */
export function parseStepUrl(base: string, pathname: string): CheckerView | undefined {
  if (!pathname.startsWith(`${base}ask/`)) return undefined;
  const parts = pathname.slice(`${base}ask/`.length).split('/').filter(Boolean);
  const result = parts.at(-1) === 'result';
  return { answers: result ? parts.slice(0, -1) : parts, result };
}
