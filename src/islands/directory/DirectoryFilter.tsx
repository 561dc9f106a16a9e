import { useEffect, useMemo, useRef, useState, type ChangeEvent, type MouseEvent } from 'react';
import {
  facetCounts,
  facetKeys,
  facets,
  matches,
  pageSize,
  paginate,
  parseQuery,
  toQuery,
  type FacetKey,
  type Selection,
} from '../../lib/directory/directory-facets.ts';
import { unpack, type DirectoryIndex, type ListItem } from '../../lib/directory/directory-index.ts';
import type { DirectoryStrings, FacetLabels } from '../../lib/directory/directory-view.ts';
import DirectoryBrowse from './DirectoryBrowse.tsx';
import DirectoryFilterPanel from './DirectoryFilterPanel.tsx';
import DirectoryResults from './DirectoryResults.tsx';

interface Props {
  strings: DirectoryStrings;
  labels: FacetLabels;
  /** This language's directory address, e.g. `/pl/directory/`. */
  base: string;
  /** The packed list of every entry (/directory/entries.json). */
  indexUrl: string;
  /** What the page shows before the list arrives, and without JavaScript: the first page and every value's count. */
  initial: { items: ListItem[]; total: number; counts: Record<FacetKey, Record<string, number>> };
  contentLang?: { lang: string; dir: 'ltr' } | undefined;
}

interface View {
  selection: Selection;
  page: number;
  text: string;
}

/** True when every word typed appears in the listing's name, organisation or summary. */
function matchesText(item: ListItem, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = `${item.name} ${item.org} ${item.summary}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * The directory list with filters that combine. Built into /directory/ as plain HTML: links to one pre-rendered page
 * per facet value, and the first page of listings. In the browser it downloads the packed list once, then filters,
 * counts and pages in place, keeping the choices in the address (`?need=...&stage=...&page=2`) so a view can be
 * bookmarked or shared.
 */
export default function DirectoryFilter({ strings, labels, base, indexUrl, initial, contentLang }: Props) {
  const [items, setItems] = useState<ListItem[] | null>(null);
  const [view, setView] = useState<View>({ selection: {}, page: 1, text: '' });
  const heading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);

  useEffect(() => {
    let live = true;
    fetch(indexUrl)
      .then((response) =>
        response.ok
          ? (response.json() as Promise<{ version: number; entries: DirectoryIndex['entries'] }>)
          : Promise.reject(new Error()),
      )
      .then((index) => {
        if (!live || index.version !== 1) return;
        setView(parseQuery(location.search));
        setItems(index.entries.map(unpack));
      })
      .catch(() => {
        // The pre-rendered list and its facet pages keep working; nothing is lost but the combined filters.
      });
    return () => {
      live = false;
    };
  }, [indexUrl]);

  const words = useMemo(() => view.text.toLowerCase().split(/\s+/).filter(Boolean), [view.text]);
  const textMatches = useMemo(() => (items ?? []).filter((item) => matchesText(item, words)), [items, words]);
  const counts = useMemo(
    () =>
      facetCounts(
        textMatches.map((item) => item.mask),
        view.selection,
      ),
    [textMatches, view.selection],
  );
  const found = useMemo(
    () => textMatches.filter((item) => matches(item.mask, view.selection)),
    [textMatches, view.selection],
  );
  const shown = paginate(found, view.page);

  useEffect(() => {
    if (!items) return;
    const query = toQuery(view.selection, shown.page, view.text);
    if (`${location.pathname}${location.search}` !== `${base}${query}`)
      history.replaceState(null, '', `${base}${query}`);
    if (focusResults.current) {
      focusResults.current = false;
      heading.current?.focus();
    }
  }, [items, view, shown.page, base]);

  // Search indexes each entry's own page; the list stays out of the index (data-pagefind-ignore) so as not to compete.
  if (!items) {
    return (
      <div className="directory" data-pagefind-ignore="all">
        <DirectoryFilterPanel summary={strings.filtersHeading}>
          <DirectoryBrowse strings={strings} labels={labels} counts={initial.counts} base={base} />
        </DirectoryFilterPanel>
        <DirectoryResults
          items={initial.items}
          total={initial.total}
          page={1}
          pages={Math.max(1, Math.ceil(initial.total / pageSize))}
          from={initial.total === 0 ? 0 : 1}
          to={initial.items.length}
          strings={strings}
          labels={labels}
          base={base}
          pageHref={(page) => (page === 1 ? base : `${base}page/${page}/`)}
          contentLang={contentLang}
        />
      </div>
    );
  }

  const toggle = (key: FacetKey, value: string) => (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = new Set(view.selection[key] ?? []);
    if (event.target.checked) chosen.add(value);
    else chosen.delete(value);
    setView({ ...view, selection: { ...view.selection, [key]: [...chosen] }, page: 1 });
  };
  const anyChosen = view.text !== '' || facetKeys.some((key) => (view.selection[key]?.length ?? 0) > 0);
  const goTo = (page: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    focusResults.current = true;
    setView({ ...view, page });
  };

  return (
    <div className="directory" data-pagefind-ignore="all">
      <DirectoryFilterPanel summary={strings.filtersHeading}>
        {/* The list changes as boxes are ticked; "Apply filters" takes the reader to the results. */}
        <form
          className="directory__filters"
          role="search"
          aria-labelledby="directory-filters-heading"
          action={base}
          onSubmit={(event) => {
            event.preventDefault();
            heading.current?.focus();
            heading.current?.scrollIntoView({ block: 'start' });
          }}
        >
          <h2 id="directory-filters-heading">{strings.filtersHeading}</h2>
          <p className="hint">{strings.filtersIntro}</p>
          <div className="directory__search">
            <label htmlFor="directory-text">{strings.searchLabel}</label>
            <input
              id="directory-text"
              name="q"
              type="search"
              value={view.text}
              onChange={(event) => {
                setView({ ...view, text: event.target.value, page: 1 });
              }}
            />
          </div>
          {facetKeys.map((key) => (
            <fieldset key={key} id={key}>
              <legend>{labels[key].heading}</legend>
              {facets[key].map((value) => {
                const id = `directory-${key}-${value}`;
                return (
                  <div key={value} className="directory__option">
                    <input
                      type="checkbox"
                      id={id}
                      name={key}
                      value={value}
                      checked={view.selection[key]?.includes(value) ?? false}
                      onChange={toggle(key, value)}
                    />
                    <label htmlFor={id}>
                      {labels[key].values[value]}{' '}
                      <span className="directory__facet-count">({counts[key][value] ?? 0})</span>
                    </label>
                  </div>
                );
              })}
            </fieldset>
          ))}
          <div className="directory__filter-buttons">
            <button type="submit" className="button">
              {strings.applyFilters}
            </button>
            {anyChosen && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setView({ selection: {}, page: 1, text: '' });
                }}
              >
                {strings.clearFilters}
              </button>
            )}
          </div>
        </form>
      </DirectoryFilterPanel>
      <DirectoryResults
        {...shown}
        total={found.length}
        strings={strings}
        labels={labels}
        base={base}
        pageHref={(page) => `${base}${toQuery(view.selection, page, view.text)}`}
        onPage={goTo}
        contentLang={contentLang}
        headingRef={heading}
      />
    </div>
  );
}
