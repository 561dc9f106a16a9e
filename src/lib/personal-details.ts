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

// Order matters: an NHS number is checked before phone numbers, which would otherwise claim some of its digits,
// and dates before postcodes and phones so that "12/03/2015" is one date, not three numbers.
const rules: Rule[] = [
  {
    placeholder: '[email]',
    // The local part may hold any of RFC 5322's atom characters.
    pattern: /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu,
  },
  {
    // 10 digits, written together or as 3-3-4 (NHS England's own format). A UK phone number starts with 0 or +44,
    // so a number that starts with 0 is left for the phone rule below.
    placeholder: '[nhs-number]',
    pattern: /(?<![\d+])[1-9]\d{2}[ -]?\d{3}[ -]?\d{4}(?!\d)/g,
  },
  {
    // Dates such as 12/03/2015, 12-3-15, 12.03.2015, 2015-03-12, 12 March 2015, 12th Mar 2015, March 12, 2015.
    placeholder: '[date]',
    pattern: new RegExp(
      [
        String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b`,
        String.raw`\b\d{4}-\d{1,2}-\d{1,2}\b`,
        String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${months}\.?,?\s+\d{4}\b`,
        String.raw`\b${months}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`,
      ].join('|'),
      'gi',
    ),
  },
  {
    // UK numbers: 07700 900123, 01752 668000, (01752) 668000, +44 7700 900123, 0800 123 4567, 020 7946 0000.
    placeholder: '[phone]',
    pattern: /(?<![\w+])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g,
  },
  {
    // Full UK postcodes (PL1 3BJ, pl13bj, SW1A 1AA). Outward codes alone (PL1) are areas, not addresses: kept.
    placeholder: '[postcode]',
    pattern: /\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/gi,
  },
];

/** The text with emails, UK phone numbers, postcodes, NHS numbers and dates replaced by placeholders. */
export function scrubPersonalDetails(text: string): string {
  return rules.reduce((result, { pattern, placeholder }) => result.replace(pattern, placeholder), text);
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
