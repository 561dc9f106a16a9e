import { fill } from '../../i18n/fill.ts';
import type { MouseEvent, Ref } from 'react';
import { valuesOf } from '../../lib/directory/directory-facets.ts';
import type { ListItem } from '../../lib/directory/directory-index.ts';
import { agesText, type DirectoryStrings, type FacetLabels } from '../../lib/directory/directory-view.ts';

export interface ResultsProps {
  /** The items on this page. */
  items: ListItem[];
  total: number;
  page: number;
  pages: number;
  from: number;
  to: number;
  strings: DirectoryStrings;
  labels: FacetLabels;
  /** This language's directory address, e.g. `/pl/directory/`: entries are at `<base><id>/`. */
  base: string;
  /** The address of a page of these results. */
  pageHref: (page: number) => string;
  /** In the browser, moves between pages in place. */
  onPage?: ((page: number) => (event: MouseEvent<HTMLAnchorElement>) => void) | undefined;
  /** Set when entry text is English on a page in another language. */
  contentLang?: { lang: string; dir: 'ltr' } | undefined;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
}

/**
 * One page of directory listings with its count and page links. Rendered as plain HTML on the pre-rendered list and
 * facet pages (no JavaScript), and by the filter island in the browser, so both look and read the same.
 */
export default function DirectoryResults(props: ResultsProps) {
  const { items, total, page, pages, from, to, strings, labels, base, pageHref, onPage, contentLang, headingRef } =
    props;
  const link = (target: number, text: string, rel?: string) => (
    <a href={pageHref(target)} rel={rel} onClick={onPage?.(target)}>
      {text}
    </a>
  );
  return (
    <section className="directory__results" aria-labelledby="directory-results-heading">
      <h2 id="directory-results-heading" ref={headingRef} tabIndex={-1}>
        {strings.listHeading}
      </h2>
      <p className="directory__count" role="status">
        {total === 0 ? strings.noResults : fill(strings.showing, { from, to, total })}
      </p>
      {items.length > 0 && (
        <ul className="directory-list">
          {items.map((item) => {
            const ages = agesText(strings, item.minAge, item.maxAge);
            return (
              <li key={item.id} className="directory-item" data-entry-id={item.id}>
                <h3 className="directory-item__name" {...contentLang}>
                  <a href={`${base}${item.id}/`}>{item.name}</a>
                </h3>
                <p className="directory-item__org">
                  {strings.runBy}: <span {...contentLang}>{item.org}</span>
                </p>
                <p {...contentLang}>{item.summary}</p>
                <ul className="directory-item__tags">
                  {valuesOf(item.mask, 'kind').map((kind) => (
                    <li key={kind} className="tag">
                      {labels.kind.values[kind]}
                    </li>
                  ))}
                  {valuesOf(item.mask, 'level').map((level) => (
                    <li key={level} className="tag">
                      {labels.level.values[level]}
                    </li>
                  ))}
                  {ages && <li className="tag">{ages}</li>}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      {pages > 1 && (
        <nav className="pagination" aria-label={strings.pagination}>
          <ul>
            {page > 1 && <li className="pagination__previous">{link(page - 1, strings.previous, 'prev')}</li>}
            {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
              <li key={n}>
                {n === page ? (
                  <a href={pageHref(n)} aria-current="page" aria-label={fill(strings.pageNumber, { number: n })}>
                    {n}
                  </a>
                ) : (
                  <a href={pageHref(n)} onClick={onPage?.(n)} aria-label={fill(strings.pageNumber, { number: n })}>
                    {n}
                  </a>
                )}
              </li>
            ))}
            {page < pages && <li className="pagination__next">{link(page + 1, strings.next, 'next')}</li>}
          </ul>
        </nav>
      )}
    </section>
  );
}
