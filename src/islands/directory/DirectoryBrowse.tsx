import { facetKeys, facets, type FacetKey } from '../../lib/directory/directory-facets.ts';
import type { DirectoryStrings, FacetLabels } from '../../lib/directory/directory-view.ts';

interface Props {
  strings: DirectoryStrings;
  labels: FacetLabels;
  /** How many listings each value has. */
  counts: Record<FacetKey, Record<string, number>>;
  /** This language's directory address, e.g. `/pl/directory/`. */
  base: string;
  /** The facet page being shown, if any. */
  current?: { key: FacetKey; value: string } | undefined;
}

/**
 * Links to a pre-rendered page for every facet value, with its count: how to filter the directory without JavaScript,
 * one facet at a time. The filter island replaces it with tick boxes that combine.
 */
export default function DirectoryBrowse({ strings, labels, counts, base, current }: Props) {
  return (
    <nav className="directory__browse" aria-labelledby="directory-browse-heading">
      <h2 id="directory-browse-heading">{strings.browseHeading}</h2>
      <p>{strings.browseIntro}</p>
      {facetKeys.map((key) => (
        <section key={key} id={key} aria-labelledby={`directory-browse-${key}`}>
          <h3 id={`directory-browse-${key}`}>{labels[key].heading}</h3>
          <ul className="directory__facet-links">
            {facets[key].map((value) => (
              <li key={value}>
                <a
                  href={`${base}${key}/${value}/`}
                  aria-current={current?.key === key && current.value === value ? 'page' : undefined}
                >
                  {labels[key].values[value]}
                </a>{' '}
                <span className="directory__facet-count">({counts[key][value] ?? 0})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {current && (
        <p>
          <a href={base}>{strings.showAll}</a>
        </p>
      )}
    </nav>
  );
}
