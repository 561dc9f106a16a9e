import { fill } from '../../i18n/fill.ts';
import { useEffect, useRef, useState } from 'react';
import type { EntryCard } from '../../lib/directory/directory-card.ts';
import { agesText, type DirectoryStrings } from '../../lib/directory/directory-view.ts';
import { readShortlist, uuidPattern, writeShortlist } from '../../lib/directory/directory-shortlist.ts';

interface Props {
  strings: DirectoryStrings;
  /** This language's directory address, e.g. `/pl/directory/`. */
  base: string;
  /** Where each entry's card is: `<cards><id>.json`. */
  cards: string;
  contentLang?: { lang: string; dir: 'ltr' } | undefined;
}

/** Ids from a query string parameter (`?ids=a,b`), keeping only UUIDs, in order, once each, at most 100. */
function idsFrom(value: string | null): string[] {
  const ids = (value ?? '').split(',').map((id) => id.trim().toLowerCase());
  return [...new Set(ids.filter((id) => uuidPattern.test(id)))].slice(0, 100);
}

function Card({
  card,
  strings,
  base,
  contentLang,
  onRemove,
}: {
  card: EntryCard;
  strings: DirectoryStrings;
  base: string;
  contentLang?: { lang: string; dir: 'ltr' } | undefined;
  onRemove?: (() => void) | undefined;
}) {
  const ages = agesText(strings, card.minAge, card.maxAge);
  return (
    <li className="shortlist__item" data-entry-id={card.id}>
      <h3 {...contentLang}>
        <a href={`${base}${card.id}/`}>{card.name}</a>
      </h3>
      <p>
        {strings.runBy}: <span {...contentLang}>{card.org}</span>
        {ages && <> · {ages}</>}
      </p>
      <p {...contentLang}>{card.summary}</p>
      <ul className="directory-entry__contact">
        {card.url && (
          <li>
            {strings.website}: <a href={card.url}>{card.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a>
          </li>
        )}
        {card.email && (
          <li>
            {strings.email}: <a href={`mailto:${card.email}`}>{card.email}</a>
          </li>
        )}
        {card.phones.map((phone) => (
          <li key={phone.number}>
            {strings.phone}:{' '}
            <a href={`tel:${phone.tel}`} dir="ltr">
              {phone.number.replace(/ /g, '\u00a0')}
            </a>
            {phone.description && <span {...contentLang}> ({phone.description})</span>}
          </li>
        ))}
        {card.places.map((place) => (
          <li key={place}>
            {strings.where}: <span {...contentLang}>{place}</span>
          </li>
        ))}
      </ul>
      {onRemove && (
        <button
          type="button"
          className="shortlist__remove"
          onClick={onRemove}
          aria-label={`${strings.removeFromShortlist}: ${card.name}`}
        >
          {strings.removeFromShortlist}
        </button>
      )}
    </li>
  );
}

/**
 * The shortlist: listings saved in this browser (localStorage, never sent anywhere), printable, with a link that
 * carries their ids for sharing. Entry pages add to it with a plain link (`?add=<id>`), so they ship no script; a
 * shared link (`?ids=a,b`) shows that list without changing the reader's own.
 */
export default function ShortlistView({ strings, base, cards, contentLang }: Props) {
  const [ready, setReady] = useState(false);
  const [own, setOwn] = useState<string[]>([]);
  const [shared, setShared] = useState<string[]>([]);
  const [loaded, setLoaded] = useState<Record<string, EntryCard | null>>({});
  const [message, setMessage] = useState('');
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const added = useRef<string | undefined>(undefined);

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    let ids = readShortlist();
    const add = idsFrom(params.get('add'))[0];
    if (add) {
      if (!ids.includes(add)) ids = [...ids, add];
      writeShortlist(ids);
      added.current = add;
    }
    const fromLink = idsFrom(params.get('ids'));
    // The address keeps a shared list, but not the one-off "add", so reloading does not add it again.
    if (params.has('add'))
      history.replaceState(null, '', `${location.pathname}${fromLink.length > 0 ? `?ids=${fromLink.join(',')}` : ''}`);
    setOwn(ids);
    setShared(fromLink);
    setReady(true);
  }, []);

  useEffect(() => {
    const wanted = [...new Set([...own, ...shared])].filter((id) => !(id in loaded));
    if (wanted.length === 0) return;
    let live = true;
    void Promise.all(
      wanted.map((id) =>
        fetch(`${cards}${id}.json`)
          .then((response) => (response.ok ? (response.json() as Promise<EntryCard>) : null))
          .catch(() => null),
      ),
    ).then((found) => {
      if (!live) return;
      setLoaded((before) => ({ ...before, ...Object.fromEntries(wanted.map((id, i) => [id, found[i] ?? null])) }));
      const name = found.find((card) => card?.id === added.current)?.name;
      if (name) setMessage(fill(strings.shortlistAdded, { name }));
    });
    return () => {
      live = false;
    };
  }, [own, shared, loaded, cards, strings.shortlistAdded]);

  // What the page says before this runs: the whole of it when JavaScript is off or has failed.
  if (!ready) {
    return (
      <div className="notice">
        <p>{strings.shortlistNeedsJs}</p>
      </div>
    );
  }

  const remove = (card: EntryCard) => () => {
    const ids = own.filter((id) => id !== card.id);
    writeShortlist(ids);
    setOwn(ids);
    setMessage(fill(strings.shortlistRemoved, { name: card.name }));
    heading.current?.focus();
  };
  const shareUrl = `${location.origin}${location.pathname}?ids=${own.join(',')}`;
  const ownCards = own.map((id) => loaded[id]).filter((card): card is EntryCard => !!card);
  const missing = own.filter((id) => loaded[id] === null).length;
  const sharedCards = shared.map((id) => loaded[id]).filter((card): card is EntryCard => !!card);

  return (
    <div className="shortlist">
      <p role="status" className="shortlist__message">
        {message}
      </p>
      {shared.length > 0 && (
        <section aria-labelledby="shortlist-shared-heading">
          <h2 id="shortlist-shared-heading">{strings.sharedHeading}</h2>
          <p>{strings.sharedIntro}</p>
          <ul className="directory-list">
            {sharedCards.map((card) => (
              <Card key={card.id} card={card} strings={strings} base={base} contentLang={contentLang} />
            ))}
          </ul>
          <p className="shortlist__actions">
            <button
              type="button"
              onClick={() => {
                const ids = [...new Set([...own, ...shared])];
                writeShortlist(ids);
                setOwn(ids);
                setShared([]);
                history.replaceState(null, '', location.pathname);
                heading.current?.focus();
              }}
            >
              {strings.saveShared}
            </button>
          </p>
        </section>
      )}
      <section aria-labelledby="shortlist-own-heading">
        <h2 id="shortlist-own-heading" ref={heading} tabIndex={-1}>
          {strings.listHeading}
        </h2>
        {own.length === 0 ? (
          <p>{strings.shortlistEmpty}</p>
        ) : (
          <>
            {missing > 0 && <p>{strings.shortlistUnknown}</p>}
            <ul className="directory-list">
              {ownCards.map((card) => (
                <Card
                  key={card.id}
                  card={card}
                  strings={strings}
                  base={base}
                  contentLang={contentLang}
                  onRemove={remove(card)}
                />
              ))}
            </ul>
            <p className="shortlist__actions">
              <button
                type="button"
                onClick={() => {
                  print();
                }}
              >
                {strings.print}
              </button>
            </p>
            <div className="shortlist__share">
              <h2>{strings.shareHeading}</h2>
              <p>{strings.shareIntro}</p>
              <label htmlFor="shortlist-share-link">{strings.shareLabel}</label>
              <input id="shortlist-share-link" type="url" readOnly value={shareUrl} />
              <p className="shortlist__actions">
                <button
                  type="button"
                  onClick={() => {
                    void navigator.clipboard.writeText(shareUrl).then(() => {
                      setCopied(true);
                      setMessage(strings.copied);
                    });
                  }}
                >
                  {copied ? strings.copied : strings.copyLink}
                </button>
              </p>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
