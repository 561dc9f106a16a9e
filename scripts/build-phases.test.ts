import { describe, expect, it } from 'vitest';
import { buildPhases } from './build-phases.ts';

describe('the phases of a build, read from its log', () => {
  it('reads seconds, milliseconds and minutes, and the post-build steps', () => {
    const log = [
      '14:36:13 [build] Collecting build info...',
      '14:36:26 [build] ✓ Completed in 13.24s.',
      '14:36:28 [vite] ✓ built in 870ms',
      '14:36:28 [build] Rearranging server assets...',
      '14:37:31 ✓ Completed in 1m 4s.',
      '14:38:56 [post-build] finished 3450 of 9642 pages; compressed 17933 files; time: finishing 15.8 s, indexing 18.7 s; in 84.3 s; main thread 171.2 s of processor time in the whole build',
    ].join('\n');
    expect(buildPhases(log)).toEqual({
      'content and setup': 13.24,
      'pages rendered': 64,
      'post-build (finish, CSP, Pagefind, compression)': 84.3,
      '  post-build: finishing': 15.8,
      '  post-build: indexing': 18.7,
      'main thread, processor time (whole build)': 171.2,
    });
  });

  it('says NaN for a phase the log does not report', () => {
    expect(buildPhases('nothing here')['pages rendered']).toBeNaN();
  });
});
