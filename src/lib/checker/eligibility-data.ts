import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { eligibilitySchema, type EligibilityFlow } from '../../schemas/eligibility.ts';
import { checkFlow } from './eligibility-engine.ts';
import { contentPath } from '../content/content-dir.ts';
import { remembered } from '../memo/remembered.ts';

const cache = new Map<string, EligibilityFlow>();

const rulesFolder = () => contentPath('short-breaks');

/**
 * Reads and checks content/short-breaks/eligibility.yaml, once per build (every checker page asks for it). A schema
 * error or a broken route stops the build with a message that names the file and the question.
 */
export function readEligibilityFlow(path: string = join(rulesFolder(), 'eligibility.yaml')): EligibilityFlow {
  return remembered(cache, path, readAndCheck);
}

/** The checker in one language: its own wording where translated, and whether that follows the English version. */
export interface LocalizedEligibilityFlow {
  flow: EligibilityFlow;
  /** False when the language has no rules file yet, and the English wording is shown. */
  translated: boolean;
  /** True when the English rules have a newer version than the one the translation follows. */
  outOfDate: boolean;
}

/**
 * The checker's wording in a language: content/short-breaks/<code>/eligibility.yaml when it exists, else English.
 * A translation changes only the words, so its routing must be the English routing exactly; if it is not (a
 * question added in English and not yet in the translation, say), the build stops rather than send a family down
 * a path that English readers would not take.
 */
export function readLocalizedEligibilityFlow(code: string, folder: string = rulesFolder()): LocalizedEligibilityFlow {
  const english = readEligibilityFlow(join(folder, 'eligibility.yaml'));
  const path = join(folder, code, 'eligibility.yaml');
  if (code === 'en' || !existsSync(path)) return { flow: english, translated: code === 'en', outOfDate: false };
  const flow = readEligibilityFlow(path);
  if (!flow.translationOf) throw new Error(`${displayPath(path)}: a translation needs translationOf`);
  const differences = routingDifferences(english, flow);
  if (differences.length > 0) {
    throw new Error(`${displayPath(path)}: routing differs from the English file: ${differences.join('; ')}`);
  }
  return { flow, translated: true, outOfDate: flow.translationOf.version < english.version };
}

/** What a translation changed besides words: ids, answers, where they lead, pictures and link targets. */
export function routingDifferences(english: EligibilityFlow, translation: EligibilityFlow): string[] {
  const routing = (flow: EligibilityFlow) => ({
    start: flow.start,
    questions: flow.questions.map((q) => ({
      id: q.id,
      icon: q.easyRead.icon,
      options: q.options.map((o) => `${o.value}→${o.next}`),
    })),
    outcomes: flow.outcomes.map((o) => ({ id: o.id, icon: o.easyRead.icon, links: o.links.map((l) => l.href) })),
  });
  const a = routing(english);
  const b = routing(translation);
  const differences: string[] = [];
  if (a.start !== b.start) differences.push(`start is ${b.start}, not ${a.start}`);
  const compare = (kind: string, left: { id: string }[], right: { id: string }[]) => {
    if (left.map((x) => x.id).join() !== right.map((x) => x.id).join()) {
      differences.push(`${kind} are ${right.map((x) => x.id).join(', ')}, not ${left.map((x) => x.id).join(', ')}`);
      return;
    }
    left.forEach((item, i) => {
      if (JSON.stringify(item) !== JSON.stringify(right[i]))
        differences.push(`${kind.slice(0, -1)} ${item.id} differs`);
    });
  };
  compare('questions', a.questions, b.questions);
  compare('outcomes', a.outcomes, b.outcomes);
  return differences;
}

/** The path from the project folder, as an author would type it (absolute when outside the project). */
const displayPath = (path: string) => {
  const fromProject = relative(process.cwd(), path);
  return fromProject.startsWith('..') ? path : fromProject;
};

function readAndCheck(path: string): EligibilityFlow {
  const file = displayPath(path);
  const result = eligibilitySchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${problems}`);
  }
  const problems = checkFlow(result.data);
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  return result.data;
}
