/**
 * The short breaks checker's rules, as pure functions over the flow in content/short-breaks/eligibility.yaml. The
 * static pages, the React island and the tests all use these, so a path gives the same result everywhere. No DOM,
 * no network: answers never leave the browser.
 */

export interface FlowOption {
  value: string;
  next: string;
}
export interface FlowQuestion {
  id: string;
  options: FlowOption[];
}
export interface Flow<Q extends FlowQuestion = FlowQuestion, O extends { id: string } = { id: string }> {
  start: string;
  questions: Q[];
  outcomes: O[];
}

const outcomePrefix = 'outcome:';

/** One answered question on the way to where the reader is now. */
export interface Answered<Q extends FlowQuestion> {
  question: Q;
  option: Q['options'][number];
  /** The answers up to and including this one. */
  path: string[];
}

/** Where a list of answers leads: the next question, or the outcome once every question on the path is answered. */
export type Step<Q extends FlowQuestion, O extends { id: string }> =
  { kind: 'question'; question: Q; answered: Answered<Q>[] } | { kind: 'outcome'; outcome: O; answered: Answered<Q>[] };

/** Follows the answers from the start; undefined when they do not make a path through the flow. */
export function resolve<Q extends FlowQuestion, O extends { id: string }>(
  flow: Flow<Q, O>,
  answers: readonly string[],
): Step<Q, O> | undefined {
  const answered: Answered<Q>[] = [];
  let target = flow.start;
  for (const value of answers) {
    const question = flow.questions.find((q) => q.id === target);
    const option = question?.options.find((o) => o.value === value);
    if (!question || !option) return undefined;
    answered.push({ question, option, path: [...answered.map((a) => a.option.value), value] });
    target = option.next;
  }
  if (target.startsWith(outcomePrefix)) {
    const outcome = flow.outcomes.find((o) => o.id === target.slice(outcomePrefix.length));
    return outcome ? { kind: 'outcome', outcome, answered } : undefined;
  }
  const question = flow.questions.find((q) => q.id === target);
  return question ? { kind: 'question', question, answered } : undefined;
}

/** Every list of answers a reader can give, from none (the first question) to each complete path. */
export function allPaths(flow: Flow): string[][] {
  const paths: string[][] = [];
  const walk = (answers: string[], target: string, seen: Set<string>) => {
    paths.push(answers);
    if (target.startsWith(outcomePrefix) || seen.has(target)) return;
    const question = flow.questions.find((q) => q.id === target);
    for (const option of question?.options ?? []) {
      walk([...answers, option.value], option.next, new Set([...seen, target]));
    }
  };
  walk([], flow.start, new Set());
  return paths;
}

/**
 * Problems that would strand a reader: a missing start, an answer that leads nowhere, a loop, a question or
 * outcome no path reaches, or a repeated id or answer. Each message names the question or outcome.
 */
export function checkFlow(flow: Flow): string[] {
  const problems: string[] = [];
  const questionIds = flow.questions.map((q) => q.id);
  const outcomeIds = flow.outcomes.map((o) => o.id);
  const repeated = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
  for (const id of repeated(questionIds)) problems.push(`question "${id}" is defined more than once`);
  for (const id of repeated(outcomeIds)) problems.push(`outcome "${id}" is defined more than once`);
  if (!questionIds.includes(flow.start)) problems.push(`start: there is no question "${flow.start}"`);

  for (const question of flow.questions) {
    for (const value of repeated(question.options.map((o) => o.value))) {
      problems.push(`question "${question.id}": the answer "${value}" appears more than once`);
    }
    for (const option of question.options) {
      const next = option.next;
      const exists = next.startsWith(outcomePrefix)
        ? outcomeIds.includes(next.slice(outcomePrefix.length))
        : questionIds.includes(next);
      if (!exists) problems.push(`question "${question.id}", answer "${option.value}": "${next}" does not exist`);
    }
  }

  // Depth-first search from the start: a question met again on its own path is a loop.
  const reached = new Set<string>();
  const visit = (target: string, path: string[]) => {
    if (target.startsWith(outcomePrefix)) {
      reached.add(target);
      return;
    }
    if (path.includes(target)) {
      problems.push(`question "${target}" leads back to itself: ${[...path, target].join(' → ')}`);
      return;
    }
    const question = flow.questions.find((q) => q.id === target);
    if (!question) return;
    reached.add(target);
    for (const option of question.options) visit(option.next, [...path, target]);
  };
  if (questionIds.includes(flow.start)) visit(flow.start, []);
  for (const id of questionIds)
    if (!reached.has(id)) problems.push(`question "${id}" cannot be reached from the start`);
  for (const id of outcomeIds) {
    if (!reached.has(`${outcomePrefix}${id}`)) problems.push(`outcome "${id}" cannot be reached from the start`);
  }
  return [...new Set(problems)];
}
