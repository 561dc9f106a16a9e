import { getCollection } from 'astro:content';
import { defaultLocale, locales, type LocaleCode } from '../../i18n/locales.ts';
import { phase, strategyLevel, type OapArea, type Phase } from '../../schemas/oap.ts';
import { needArea } from '../../schemas/taxonomy.ts';
import { findPage } from './pages.ts';

export const oapPath = '/ordinarily-available-provision/';

/** Every OAP area, in the Code of Practice's order. */
export async function getOapAreas(): Promise<OapArea[]> {
  return (await getCollection('oap'))
    .map((entry) => entry.data)
    .sort((a, b) => needArea.options.indexOf(a.area) - needArea.options.indexOf(b.area));
}

/** An area's strategies grouped by who puts them in place, optionally only those for one phase. */
export function strategiesByLevel(area: OapArea, onlyPhase?: Phase) {
  return strategyLevel.options
    .map((level) => ({
      level,
      strategies: area.strategies.filter((s) => s.level === level && (!onlyPhase || s.phases.includes(onlyPhase))),
    }))
    .filter((group) => group.strategies.length > 0);
}

/** The phases an area has strategies for. */
export function phasesOf(area: OapArea): Phase[] {
  return phase.options.filter((p) => area.strategies.some((s) => s.phases.includes(p)));
}

/** Route params for every language: `lang` is undefined for English, which has no prefix. */
export function langParam(code: LocaleCode): string | undefined {
  return code === defaultLocale ? undefined : code;
}

export const allLocaleCodes = locales.map((l) => l.code);

/** Route params for each area in each language: the area page and its easy-read twin share them. */
export async function oapAreaPaths() {
  const areas = await getOapAreas();
  return allLocaleCodes.flatMap((code) =>
    areas.map((area) => ({ params: { lang: langParam(code), area: area.area }, props: { code, area } })),
  );
}

/** The breadcrumb for the OAP overview page, in the reader's language when it is translated. */
export async function oapCrumb(code: LocaleCode) {
  const page = await findPage(oapPath.slice(1, -1), code);
  return { path: oapPath, title: page?.entry.data.title ?? 'Ordinarily Available Provision' };
}
