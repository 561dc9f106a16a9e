import type { EligibilityFlow } from '../../schemas/eligibility.ts';
import type { CheckerFlow } from './checker-types.ts';
import { loadIcon } from '../content/icons.ts';

function pictureSvg(name: string): string {
  const { attributes, body } = loadIcon(name);
  const attrs = Object.entries(attributes)
    .map(([key, value]) => `${key}="${value}"`)
    .join(' ');
  return `<svg ${attrs} aria-hidden="true" focusable="false" class="icon">${body}</svg>`;
}

/** The checker in one reading version, as the island needs it: the standard wording, or easy read with pictures. */
export function checkerFlow(flow: EligibilityFlow, easyRead: boolean): CheckerFlow {
  return {
    start: flow.start,
    questions: flow.questions.map((q) => ({
      id: q.id,
      text: easyRead ? q.easyRead.text : q.text,
      hint: easyRead ? q.easyRead.hint : q.hint,
      picture: easyRead ? { svg: pictureSvg(q.easyRead.icon), alt: q.easyRead.alt } : undefined,
      options: q.options.map((o) => ({ value: o.value, label: easyRead ? o.easyRead : o.label, next: o.next })),
    })),
    outcomes: flow.outcomes.map((o) =>
      easyRead
        ? {
            id: o.id,
            title: o.easyRead.title,
            summary: o.easyRead.summary,
            details: [],
            nextSteps: [],
            links: o.links,
            picture: { svg: pictureSvg(o.easyRead.icon), alt: o.easyRead.alt },
          }
        : {
            id: o.id,
            title: o.title,
            summary: [o.summary],
            details: o.details,
            nextSteps: o.nextSteps,
            links: o.links,
          },
    ),
  };
}
