/**
 * The phases of an `astro build`, in seconds, read from its log (info level): Astro's "Completed in" lines and the
 * post-build summary (src/integrations/post-build.ts). NaN for a phase the log does not report.
 */
export function buildPhases(log: string): Record<string, number> {
  const completed = (after: string) => {
    const from = log.indexOf(after);
    // "Completed in 13.24s.", "in 870ms", or over a minute "in 1m 4s".
    const match = from === -1 ? null : /Completed in (?:(\d+)m )?([\d.]+)(m?s)/.exec(log.slice(from));
    if (!match) return Number.NaN;
    return Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
  };
  const postBuild = /\[post-build\][^\n]* in ([\d.]+) s/.exec(log);
  const mainThread = /\[post-build\][^\n]*main thread ([\d.]+) s of processor time/.exec(log);
  // Its steps overlap (compression runs while the next pages are read), so they need not add up to its total.
  const steps = /\[post-build\][^\n]*time: ([^;\n]*)/.exec(log)?.[1] ?? '';
  return {
    'content and setup': completed('Collecting build info'),
    'pages rendered': completed('Rearranging server assets'),
    'post-build (finish, CSP, Pagefind, compression)': postBuild ? Number(postBuild[1]) : Number.NaN,
    ...Object.fromEntries(
      [...steps.matchAll(/([a-z][a-z ]*) ([\d.]+) s/g)].map((m) => [`  post-build: ${m[1] ?? ''}`, Number(m[2])]),
    ),
    'main thread, processor time (whole build)': mainThread ? Number(mainThread[1]) : Number.NaN,
  };
}
