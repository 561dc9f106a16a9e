import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allPaths, checkFlow, resolve, type Flow } from './eligibility-engine.ts';
import { readEligibilityFlow } from './eligibility-data.ts';

const flow = readEligibilityFlow();
const paths = allPaths(flow);
const complete = paths.filter((path) => resolve(flow, path)?.kind === 'outcome');

describe('the short breaks checker as written in eligibility.yaml', () => {
  it('passes the graph check', () => {
    expect(checkFlow(flow)).toEqual([]);
  });

  it('ends every path at an outcome, and every path prefix at a question', () => {
    for (const path of paths) {
      const step = resolve(flow, path);
      expect(step, path.join('/')).toBeDefined();
      const extended = paths.some((p) => p.length === path.length + 1 && path.every((v, i) => p[i] === v));
      expect(step?.kind, path.join('/')).toBe(extended ? 'question' : 'outcome');
    }
  });

  it('reaches every outcome, including each one the issue asks for', () => {
    const reached = new Set(complete.map((path) => (resolve(flow, path) as { outcome: { id: string } }).outcome.id));
    expect([...reached].sort()).toEqual(flow.outcomes.map((o) => o.id).sort());
    for (const id of ['open-to-everyone', 'targeted', 'specialist', 'carers-assessment', 'adult', 'other-council']) {
      expect(reached).toContain(id);
    }
  });

  it.each([
    [['elsewhere'], 'other-council'],
    [['plymouth', '18-or-over'], 'adult'],
    [['plymouth', 'under-18', 'no'], 'open-to-everyone'],
    [['plymouth', 'under-18', 'yes', 'none'], 'open-to-everyone'],
    [['plymouth', 'under-18', 'not-sure', 'some', 'managing'], 'targeted'],
    [['plymouth', 'under-18', 'yes', 'some', 'struggling'], 'carers-assessment'],
    [['plymouth', 'under-18', 'yes', 'a-lot'], 'specialist'],
  ])('%j leads to %s', (answers, outcome) => {
    const step = resolve(flow, answers);
    expect(step?.kind).toBe('outcome');
    expect(step?.kind === 'outcome' && step.outcome.id).toBe(outcome);
    expect(step?.answered.map((a) => a.option.value)).toEqual(answers);
  });

  it('refuses answers that are not a path', () => {
    expect(resolve(flow, ['mars'])).toBeUndefined();
    expect(resolve(flow, ['elsewhere', 'under-18'])).toBeUndefined();
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }), (answers) => {
        const step = resolve(flow, answers);
        expect(step === undefined || paths.some((p) => p.join('/') === answers.join('/'))).toBe(true);
      }),
    );
  });
});

describe('the graph check', () => {
  const base = (): Flow => ({
    start: 'a',
    questions: [
      {
        id: 'a',
        options: [
          { value: 'x', next: 'b' },
          { value: 'y', next: 'outcome:done' },
        ],
      },
      { id: 'b', options: [{ value: 'x', next: 'outcome:done' }] },
    ],
    outcomes: [{ id: 'done' }],
  });

  it('accepts a sound flow', () => {
    expect(checkFlow(base())).toEqual([]);
  });

  it('names an answer that leads nowhere', () => {
    const broken = base();
    broken.questions[1] = { id: 'b', options: [{ value: 'x', next: 'outcome:missing' }] };
    expect(checkFlow(broken)).toContain('question "b", answer "x": "outcome:missing" does not exist');
  });

  it('names a loop', () => {
    const broken = base();
    broken.questions[1] = { id: 'b', options: [{ value: 'x', next: 'a' }] };
    expect(checkFlow(broken).join('\n')).toMatch(/question "a" leads back to itself: a → b → a/);
  });

  it('names unreachable questions and outcomes, and a missing start', () => {
    const broken = base();
    broken.questions.push({ id: 'lonely', options: [{ value: 'x', next: 'outcome:done' }] });
    broken.outcomes.push({ id: 'never' });
    expect(checkFlow(broken)).toEqual(
      expect.arrayContaining([
        'question "lonely" cannot be reached from the start',
        'outcome "never" cannot be reached from the start',
      ]),
    );
    expect(checkFlow({ ...base(), start: 'nope' })).toContain('start: there is no question "nope"');
  });

  it('names repeated answers', () => {
    const broken = base();
    broken.questions[1] = {
      id: 'b',
      options: [
        { value: 'x', next: 'outcome:done' },
        { value: 'x', next: 'outcome:done' },
      ],
    };
    expect(checkFlow(broken)).toContain('question "b": the answer "x" appears more than once');
  });
});
