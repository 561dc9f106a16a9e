/**
 * Removes personal details from the words people type into feedback forms, before anything is stored.
 * The forms ask people not to include them; this catches the common ones when they do. It cannot catch everything
 * (names, for instance), which is why the privacy notice still asks people to leave them out.
 */

interface Rule {
  /** What the detail is replaced with. */
  placeholder: string;
  pattern: RegExp;
}

const months =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A year of four digits or two (with or without an apostrophe: '15). */
const year = String.raw`(?:\d{4}|['’]?\d{2})`;
/** Month names for dates written without a year, where "may" and "march" are more often verbs: capitalised only. */
const capitalisedMonths = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** One word of a name: a letter, then letters, apostrophes or hyphens. */
const nameWord = String.raw`\p{L}[\p{L}'’-]*`;
const capitalisedNameWord = String.raw`\p{Lu}[\p{L}'’-]*`;
/**
 * The words that end a street's name. Those that are seldom anything else count in any case (12 acacia road); those
 * that are also everyday words (close, way, drive...) only when the street is written with capitals (12 Elm Close),
 * so that "waited 20 weeks way too long" stays. "St" (also Saint) and "Dr" (also Doctor) are left out.
 */
/** A pattern's letters in either case, for a pattern that is otherwise case-sensitive. */
const anyCase = (pattern: string) => pattern.replace(/[a-z]/g, (ch) => `[${ch}${ch.toUpperCase()}]`);
const streetWords = '(?:road|rd|street|avenue|ave|lane|crescent|terrace|gardens|mews|grove|parade|boulevard)';
const everydayStreetWords = '(?:Close|Drive|Way|Place|Court|Square|Walk|Row|Rise|Hill|Park|View|Green|Gate)';

// Order matters: UUIDs are set aside first, so no rule sees their digits. A pupil number (UPN) and an NHS number are
// checked before phone numbers, which would otherwise claim some of their digits; addresses before dates, so that
// "12 March Road" is an address; and dates before postcodes and phones so that "12/03/2015" is one date.
const rules: Rule[] = [
  {
    placeholder: '[email]',
    // The local part may hold any of RFC 5322's atom characters.
    pattern: /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu,
  },
  {
    // Spelled out: "jo dot bloggs at example dot com", "jo [at] example [dot] co [dot] uk", "jo at example.com".
    // The address must end in a common top-level domain, so "at school.Then" stays.
    placeholder: '[email]',
    pattern: new RegExp(
      String.raw`[\p{L}\p{N}_%+-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\s+dot\s+)\s*[\p{L}\p{N}_%+-]+)*` +
        String.raw`\s*(?:\(at\)|\[at\]|\s+at\s+)\s*[\p{L}\p{N}-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\s+dot\s+)\s*[\p{L}\p{N}-]+)*` +
        String.raw`\s*(?:\.|\(dot\)|\[dot\]|\s+dot\s+)\s*(?:com|org|net|uk|gov|edu|info|io|me|biz)\b`,
      'giu',
    ),
  },
  {
    // Unique pupil numbers: 13 characters, a letter, 11 digits and a check digit or (temporary UPNs) a letter.
    placeholder: '[upn]',
    pattern: /\b[A-Z]\d{11}[A-Z\d]\b/gi,
  },
  {
    // 10 digits, written together, as 3-3-4 (NHS England's own format) or as 3-4-3. A UK phone number starts with 0,
    // +44 or 0044, so a number that starts with 0 or follows a country code is left for the phone rule below.
    placeholder: '[nhs-number]',
    pattern:
      /(?<![\d+])(?<!(?:\+|00)44[\s-]?(?:\(0\)\s?)?)[1-9]\d{2}(?:[ -]?\d{3}[ -]?\d{4}|[ -]\d{4}[ -]\d{3})(?!\d)/g,
  },
  {
    // A house number and a street: 12 Acacia Avenue, 3a Mount Pleasant Road, 221b baker street.
    placeholder: '[address]',
    pattern: new RegExp(
      String.raw`\b\d{1,4}[a-zA-Z]?,?\s+(?:(?:${nameWord}\s+){1,3}${anyCase(streetWords)}` +
        String.raw`|(?:${capitalisedNameWord}\s+){1,3}${everydayStreetWords})\b`,
      'gu',
    ),
  },
  {
    // Dates such as 12/03/2015, 12-3-15, 12.03.2015, 2015-03-12, 12 March 2015, 12th Mar '15, March 12, 2015.
    placeholder: '[date]',
    pattern: new RegExp(
      [
        String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b`,
        String.raw`\b\d{4}-\d{1,2}-\d{1,2}\b`,
        String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${months}\.?,?\s+${year}\b`,
        String.raw`\b\d{1,2}-${months}-${year}\b`,
        String.raw`\b${months}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+${year}\b`,
      ].join('|'),
      'gi',
    ),
  },
  {
    // Dates without a year: 12 March, 3rd of May, March 12th, and 12/03 written with two digits each (so a fraction
    // such as 1/2 stays).
    placeholder: '[date]',
    pattern: new RegExp(
      [
        String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${capitalisedMonths}\b`,
        String.raw`\b${capitalisedMonths}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![/.:]\d)`,
        String.raw`(?<![\d/])(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])\b(?!/\d)`,
      ].join('|'),
      'g',
    ),
  },
  {
    // UK numbers: 07700 900123, 01632 960000, (01632) 960000, +44 7700 900123, 0044 1632 960000, 020 7946 0000.
    placeholder: '[phone]',
    pattern: /(?<![\w+])(?:(?:\+|00)44[\s-]?\(?0?\)?[\s-]?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g,
  },
  {
    // Full UK postcodes (SW1A 1AA, sw1a1aa, M1 1AE). Outward codes alone (SW1A) are areas, not addresses: kept.
    placeholder: '[postcode]',
    pattern: /\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/gi,
  },
];

/**
 * Names, best effort: after "my son is called" and the like, and after a title (Mr, Mrs, Ms, Miss, Mx, Dr). The
 * words that introduce the name stay, so the sentence still reads: "my son is called [name]", "Mrs [name]".
 */
const nameRules: RegExp[] = [
  new RegExp(
    String.raw`\b([Mm]y\s+(?:(?:step|foster\s+|grand)?(?:son|daughter|child|boy|girl|kid)|grandson|granddaughter)` +
      String.raw`(?:['’]s\s+name\s+is|\s+is\s+called|\s+is\s+named|\s+called|\s+named)\s+)` +
      String.raw`${nameWord}(?:\s+${capitalisedNameWord})?`,
    'gu',
  ),
  new RegExp(String.raw`\b(Mr|Mrs|Ms|Miss|Mx|Dr)\.?(\s+)${capitalisedNameWord}(?:\s+${capitalisedNameWord})?`, 'gu'),
];

const uuid = /\b[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}\b/gi;

/**
 * The text with emails, UK phone numbers, postcodes, NHS numbers, pupil numbers, street addresses, dates and some
 * names replaced by placeholders. UUIDs (such as a page's or a listing's id) are kept as they are.
 */
export function scrubPersonalDetails(text: string): string {
  const kept: string[] = [];
  // Private-use characters around an index mark where each UUID was; no rule matches them.
  let result = text.replace(uuid, (match) => `\uE000${kept.push(match) - 1}\uE001`);
  result = rules.reduce((current, { pattern, placeholder }) => current.replace(pattern, placeholder), result);
  result = nameRules.reduce(
    (current, pattern) =>
      current.replace(pattern, (_, intro: string, space?: string) => {
        return typeof space === 'string' ? `${intro}${space}[name]` : `${intro}[name]`;
      }),
    result,
  );
  return result.replace(/\uE000(\d+)\uE001/g, (match, index: string) => kept[Number(index)] ?? match);
}

/**
 * Characters that are removed from free text before validation: control characters other than tab and newline,
 * and the bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069), which can make
 * stored text display in a misleading order in exports. The right-to-left and left-to-right marks that Arabic
 * writers use stay.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const unwantedCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Free text as it is stored: unwanted characters removed, line endings made \n, outer space trimmed. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(unwantedCharacters, '').trim();
}
