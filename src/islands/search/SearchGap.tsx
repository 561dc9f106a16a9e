import type { SearchGapForm } from './SiteSearch.tsx';

/** What a search that found nothing offers; the words are filled in, and the reader can change them before sending. */
export default function SearchGap({ form, query }: { form: SearchGapForm; query: string }) {
  return (
    <section className="search-gap" aria-labelledby="search-gap-heading">
      <h3 id="search-gap-heading">{form.heading}</h3>
      <p>{form.intro}</p>
      <form className="search-gap__form" method="post" action={form.action}>
        <input type="hidden" name="kind" value="search-gap" />
        <input type="hidden" name="page" value={form.page} />
        <div className="field">
          <label htmlFor="search-gap-query">{form.label}</label>
          <p className="field__hint" id="search-gap-privacy">
            {form.privacyWarning} <a href={form.privacyHref}>{form.privacyLink}</a>.
          </p>
          <input
            type="text"
            id="search-gap-query"
            name="query"
            maxLength={form.maxLength}
            autoComplete="off"
            dir="auto"
            defaultValue={query}
            aria-describedby="search-gap-privacy"
          />
        </div>
        <div className="feedback__trap">
          <label htmlFor="search-gap-website">{form.honeypotLabel}</label>
          <input type="text" id="search-gap-website" name={form.honeypotField} autoComplete="off" tabIndex={-1} />
        </div>
        <button type="submit" className="button">
          {form.send}
        </button>
      </form>
    </section>
  );
}
