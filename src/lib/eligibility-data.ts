import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { eligibilitySchema, type EligibilityFlow } from '../schemas/eligibility.ts';
import { checkFlow } from './eligibility-engine.ts';

const cache = new Map<string, EligibilityFlow>();

/**
 * Reads and checks content/short-breaks/eligibility.yaml, once per build (every checker page asks for it). A schema
 * error or a broken route stops the build with a message that names the file and the question.
 */
export function readEligibilityFlow(
  // Relative to the project folder, where Astro and the tests run: this module is bundled into dist/ at build time.
  path: string = join(process.cwd(), 'content', 'short-breaks', 'eligibility.yaml'),
): EligibilityFlow {
  let flow = cache.get(path);
  if (!flow) {
    flow = readAndCheck(path);
    cache.set(path, flow);
  }
  return flow;
}

function readAndCheck(path: string): EligibilityFlow {
  const file = 'content/short-breaks/eligibility.yaml';
  const result = eligibilitySchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file}: ${problems}`);
  }
  const problems = checkFlow(result.data);
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  return result.data;
}
