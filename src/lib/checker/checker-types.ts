/**
 * What the short breaks checker island receives: the flow in one reading version (standard or easy read), already
 * chosen and translated at build time, so no i18n code or YAML reaches the browser.
 */
export interface CheckerOption {
  value: string;
  label: string;
  next: string;
}

export interface CheckerQuestion {
  id: string;
  text: string;
  hint?: string | undefined;
  /** An inline SVG picture (easy read only). */
  picture?: { svg: string; alt: string } | undefined;
  options: CheckerOption[];
}

export interface CheckerOutcome {
  id: string;
  title: string;
  summary: string[];
  details: string[];
  nextSteps: string[];
  links: { label: string; href: string }[];
  picture?: { svg: string; alt: string } | undefined;
}

export interface CheckerFlow {
  start: string;
  questions: CheckerQuestion[];
  outcomes: CheckerOutcome[];
}

export interface CheckerStrings {
  back: string;
  question: string;
  checkAnswers: string;
  change: string;
  changeHidden: string;
  seeResult: string;
  yourAnswers: string;
  whatItMeans: string;
  nextSteps: string;
  findOutMore: string;
  alwaysAsk: string;
  notDecision: string;
  startAgain: string;
  resultLabel: string;
  siteName: string;
}

/** Which page of the checker a URL shows. */
export interface CheckerView {
  answers: string[];
  /** True on `.../result/`: the outcome, once the answers reach one. */
  result: boolean;
}
