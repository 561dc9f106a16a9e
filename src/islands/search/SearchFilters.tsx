import { fill } from '../../i18n/fill.ts';
import { hasFilters, type ChosenFilters } from '../../lib/search/search-query.ts';
import type { SearchFilterKey } from '../../lib/search/search-filter-keys.ts';
import type { PagefindFilterCounts } from './pagefind-api.ts';
import type { FilterGroup, SiteSearchStrings } from './SiteSearch.tsx';

interface SearchFiltersProps {
  strings: Pick<SiteSearchStrings, 'filtersHeading' | 'filtersChosen' | 'clearFilters'>;
  filterGroups: FilterGroup[];
  chosen: ChosenFilters;
  /** Results for each filter value; undefined until Pagefind has counted them. */
  counts: PagefindFilterCounts | undefined;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onToggle: (key: SearchFilterKey, value: string, on: boolean) => void;
  onClear: () => void;
}

/** The filters panel: a checkbox for each value, with how many results choosing it would give. */
export default function SearchFilters(props: SearchFiltersProps) {
  const { strings, filterGroups, chosen, counts, open, onOpenChange, onToggle, onClear } = props;
  const chosenCount = Object.values(chosen).reduce((sum, values) => sum + values.length, 0);
  // Closed at first: on a phone the results come straight after the form, and the page does not move when the
  // filters' counts arrive.
  return (
    <details
      className="site-search__filters"
      open={open}
      onToggle={(event) => {
        onOpenChange(event.currentTarget.open);
      }}
    >
      <summary>
        {strings.filtersHeading}
        {chosenCount > 0 && (
          <span className="site-search__chosen"> ({fill(strings.filtersChosen, { count: chosenCount })})</span>
        )}
      </summary>
      <div className="site-search__groups">
        {filterGroups.map((group) => {
          const chosenInGroup = chosen[group.key] ?? [];
          // Every value shows from the first paint, its count filled in when it arrives: the panel opens at its
          // final size, so nothing below it moves while Pagefind loads (a value no page has reads "(0)", as
          // it does after a search).
          const { values } = group;
          return (
            <fieldset key={group.key} className="site-search__group">
              <legend>{group.legend}</legend>
              {values.map(({ value, label }) => {
                const inputId = `filter-${group.key}-${value}`;
                return (
                  <div className="site-search__option" key={value}>
                    <input
                      type="checkbox"
                      id={inputId}
                      name={group.key}
                      value={value}
                      checked={chosenInGroup.includes(value)}
                      onChange={(event) => {
                        onToggle(group.key, value, event.target.checked);
                      }}
                    />
                    <label htmlFor={inputId}>
                      {label}{' '}
                      {counts ? (
                        <span className="site-search__count">({counts[group.key]?.[value] ?? 0})</span>
                      ) : (
                        <span className="site-search__count" aria-hidden="true">
                          (…)
                        </span>
                      )}
                    </label>
                  </div>
                );
              })}
            </fieldset>
          );
        })}
        {hasFilters(chosen) && (
          <button type="button" className="button--secondary" onClick={onClear}>
            {strings.clearFilters}
          </button>
        )}
      </div>
    </details>
  );
}
