import type { ReactNode } from 'react';

/**
 * The directory's filters in a disclosure, so on a phone the results come first and the filters take one line until
 * the reader opens them (as on the search page). Where there is room for a side column, the stylesheet shows the
 * filters open and hides the summary (site.css, `.directory__panel`). Used by the island and by the per-value pages
 * that readers without JavaScript filter with.
 */
export default function DirectoryFilterPanel({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="directory__panel">
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
