import { Fragment, useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { englishFragments } from '../../lib/markdown/english-fragments.ts';
import { resolve } from '../../lib/checker/eligibility-engine.ts';
import type { CheckerFlow, CheckerStrings, CheckerView } from '../../lib/checker/checker-types.ts';
import { parseStepUrl, stepUrl } from '../../lib/checker/checker-urls.ts';
import { keepPhoneNumberTogether, splitPhoneNumbers } from '../../lib/markdown/phone-numbers.ts';

interface Props {
  flow: CheckerFlow;
  strings: CheckerStrings;
  /** This language's checker address, e.g. `/pl/short-breaks/check/` or `/short-breaks/check/easy-read/`. */
  base: string;
  /** Where "Start again" and links to pages go: the start page, and a function of this language's paths. */
  startHref: string;
  /** Links in outcomes, already in this language, keyed by their English path. */
  linkHrefs: Record<string, string>;
  /** The view this page was built for. */
  initial: CheckerView;
  /** Set when the flow's words are English on a page in another language. */
  contentLang?: { lang: string; dir: 'ltr' } | undefined;
  easyRead: boolean;
  /**
   * On a Chinese or Arabic page: its language, so English names in the words (the council's name, its teams'
   * names) are marked English, as the build marks them in the rest of the page.
   */
  markEnglish?: MarkEnglish | undefined;
}

interface MarkEnglish {
  lang: string;
  rtl: boolean;
}

/** Words with their English runs in `<span lang="en-GB">` (and left to right in Arabic), when `mark` is given. */
function words(text: string, mark: MarkEnglish | undefined): ReactNode {
  if (!mark) return text;
  const fragments = englishFragments(text, mark.lang, { names: [] });
  if (!fragments.some((fragment) => fragment.english)) return text;
  return fragments.map((fragment, i) =>
    fragment.english ? (
      <span key={i} lang="en-GB" dir={mark.rtl ? 'ltr' : undefined}>
        {fragment.text}
      </span>
    ) : (
      fragment.text
    ),
  );
}

/** Turns the phone numbers in a sentence into links people can tap to call. */
function WithPhoneLinks({ text, mark }: { text: string; mark: MarkEnglish | undefined }) {
  return (
    <>
      {splitPhoneNumbers(text).map((part, i) =>
        part.tel ? (
          <a key={i} href={`tel:${part.tel}`} dir="ltr">
            {keepPhoneNumberTogether(part.text)}
          </a>
        ) : (
          <Fragment key={i}>{words(part.text, mark)}</Fragment>
        ),
      )}
    </>
  );
}

function Picture({ picture }: { picture?: { svg: string; alt: string } | undefined }) {
  if (!picture) return null;
  return (
    <span
      className="checker__picture"
      role="img"
      aria-label={picture.alt}
      // The SVG comes from the site's own icon set at build time, never from user input.
      dangerouslySetInnerHTML={{ __html: picture.svg }}
    />
  );
}

/**
 * The short breaks checker. Built into every step's page as plain HTML (links and GET forms that work without
 * JavaScript); in the browser it moves between steps in place, keeps the URL in step, and moves focus to each new
 * heading. It never makes a network request: answers stay in the browser.
 */
export default function ShortBreaksChecker(props: Props) {
  const { flow, strings, base, startHref, linkHrefs, initial, contentLang, easyRead, markEnglish: mark } = props;
  const [view, setView] = useState<CheckerView>(initial);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = resolve(flow, view.answers);

  const go = useCallback(
    (next: CheckerView) => {
      history.pushState(null, '', stepUrl(base, next));
      moved.current = true;
      setView(next);
    },
    [base],
  );

  useEffect(() => {
    const onPopState = () => {
      const next = parseStepUrl(base, location.pathname);
      if (!next) {
        location.reload();
        return;
      }
      moved.current = true;
      setView(next);
    };
    addEventListener('popstate', onPopState);
    return () => {
      removeEventListener('popstate', onPopState);
    };
  }, [base]);

  useEffect(() => {
    if (!moved.current) return;
    document.title = `${heading.current?.textContent ?? ''} - ${strings.siteName}`;
    heading.current?.focus();
  }, [view, strings.siteName]);

  /** Follows a link to another step in place, unless the reader asked for a new tab or window. */
  const follow = (target: CheckerView) => (event: MouseEvent<HTMLElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(target);
  };

  if (!step) {
    return (
      <div className="checker">
        <h1 ref={heading} tabIndex={-1}>
          {strings.startAgain}
        </h1>
        <p>
          <a href={startHref}>{strings.startAgain}</a>
        </p>
      </div>
    );
  }

  const previous: CheckerView = { answers: view.answers.slice(0, -1), result: false };
  const backLink =
    view.answers.length === 0 && !view.result ? (
      <a className="back-link" href={startHref}>
        {strings.back}
      </a>
    ) : (
      <a
        className="back-link"
        href={stepUrl(base, view.result ? { answers: view.answers, result: false } : previous)}
        onClick={follow(view.result ? { answers: view.answers, result: false } : previous)}
      >
        {strings.back}
      </a>
    );

  if (step.kind === 'question') {
    const { question } = step;
    const hintId = `hint-${question.id}`;
    return (
      <div className={easyRead ? 'checker checker--easy-read' : 'checker'}>
        {backLink}
        <form method="get" className="checker__question">
          <fieldset aria-describedby={question.hint ? hintId : undefined}>
            <legend>
              <span className="checker__number">
                {strings.question.replace('{{number}}', String(view.answers.length + 1))}
              </span>
              <h1 ref={heading} tabIndex={-1} {...contentLang}>
                {words(question.text, mark)}
              </h1>
            </legend>
            <div className="checker__ask">
              <Picture picture={question.picture} />
              {question.hint && (
                <p id={hintId} className="hint" {...contentLang}>
                  {words(question.hint, mark)}
                </p>
              )}
            </div>
            <div className="checker__options" {...contentLang}>
              {question.options.map((option) => {
                const next: CheckerView = { answers: [...view.answers, option.value], result: false };
                return (
                  <button
                    key={option.value}
                    type="submit"
                    formAction={stepUrl(base, next)}
                    onClick={follow(next)}
                    className="checker__option"
                  >
                    {words(option.label, mark)}
                  </button>
                );
              })}
            </div>
          </fieldset>
        </form>
      </div>
    );
  }

  const answers = (
    <dl className="summary-list">
      {step.answered.map(({ question, option }, i) => (
        <div key={question.id} className="summary-list__row">
          <dt {...contentLang}>{words(question.text, mark)}</dt>
          <dd {...contentLang}>{words(option.label, mark)}</dd>
          {!view.result && (
            <dd className="summary-list__action">
              <a
                href={stepUrl(base, { answers: view.answers.slice(0, i), result: false })}
                onClick={follow({ answers: view.answers.slice(0, i), result: false })}
              >
                {strings.change}
                <span className="visually-hidden">
                  {' '}
                  {words(strings.changeHidden.replace('{{question}}', question.text), mark)}
                </span>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );

  if (!view.result) {
    const result: CheckerView = { answers: view.answers, result: true };
    return (
      <div className="checker">
        {backLink}
        <h1 ref={heading} tabIndex={-1}>
          {strings.checkAnswers}
        </h1>
        {answers}
        <p>
          <a className="button" href={stepUrl(base, result)} onClick={follow(result)}>
            {strings.seeResult}
          </a>
        </p>
      </div>
    );
  }

  const { outcome } = step;
  return (
    <div className={easyRead ? 'checker checker--easy-read' : 'checker'}>
      {backLink}
      <p className="checker__number">{strings.resultLabel}</p>
      <div className="checker__ask">
        <Picture picture={outcome.picture} />
        <h1 ref={heading} tabIndex={-1} {...contentLang}>
          {words(outcome.title, mark)}
        </h1>
      </div>
      <div className="notice" role="note">
        <p>{words(strings.notDecision, mark)}</p>
      </div>
      <div {...contentLang}>
        {outcome.summary.map((line) => (
          <p key={line} className="lead">
            <WithPhoneLinks text={line} mark={mark} />
          </p>
        ))}
      </div>
      {outcome.details.length > 0 && (
        <>
          <h2>{strings.whatItMeans}</h2>
          <ul {...contentLang}>
            {outcome.details.map((line) => (
              <li key={line}>{words(line, mark)}</li>
            ))}
          </ul>
        </>
      )}
      {outcome.nextSteps.length > 0 && (
        <>
          <h2>{strings.nextSteps}</h2>
          <ul {...contentLang}>
            {outcome.nextSteps.map((line) => (
              <li key={line}>
                <WithPhoneLinks text={line} mark={mark} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{words(strings.alwaysAsk, mark)}</p>
      {outcome.links.length > 0 && (
        <>
          <h2>{strings.findOutMore}</h2>
          <ul {...contentLang}>
            {outcome.links.map((link) => (
              <li key={link.href}>
                <a href={linkHrefs[link.href] ?? link.href}>{words(link.label, mark)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{strings.yourAnswers}</h2>
      {answers}
      <p>
        <a href={startHref}>{strings.startAgain}</a>
      </p>
    </div>
  );
}
