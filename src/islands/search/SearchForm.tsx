import type { RefObject, SubmitEvent } from 'react';
import type { SiteSearchStrings } from './SiteSearch.tsx';

interface SearchFormProps {
  strings: Pick<SiteSearchStrings, 'inputLabel' | 'inputHint' | 'submit'>;
  /** The field itself, left uncontrolled so words typed before the island woke stay in it. */
  fieldRef: RefObject<HTMLInputElement | null>;
  /** The reader reaches for search: time to load the index. */
  onFocus: () => void;
  onInput: (query: string) => void;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
}

/** The search field. Without JavaScript it still submits `?q=` to this page, which the island searches when it wakes. */
export default function SearchForm({ strings, fieldRef, onFocus, onInput, onSubmit }: SearchFormProps) {
  return (
    <form className="site-search__form" role="search" aria-label={strings.inputLabel} method="get" onSubmit={onSubmit}>
      <label htmlFor="search-query">{strings.inputLabel}</label>
      <p className="hint" id="search-query-hint">
        {strings.inputHint}
      </p>
      <div className="search-form__row">
        <input
          id="search-query"
          name="q"
          type="search"
          autoComplete="off"
          enterKeyHint="search"
          dir="auto"
          spellCheck
          aria-describedby="search-query-hint"
          ref={fieldRef}
          onFocus={onFocus}
          onChange={(event) => {
            onInput(event.target.value);
          }}
        />
        <button type="submit">{strings.submit}</button>
      </div>
    </form>
  );
}
