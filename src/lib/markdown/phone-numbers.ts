/**
 * UK phone numbers in running text: found, linked and kept on one line. Pure and browser-safe, so the build's Markdown
 * step, the easy-read pages and the islands all link numbers the same way.
 */

/**
 * A UK number as people write it: `0` or `+44` and then nine or ten more digits, in groups split by single spaces
 * ("01632 960000", "0800 068 1249", "+44 1632 960000"). Not inside a longer run of digits, letters or hyphens, so ids
 * and dates are left alone.
 */
const ukPhonePattern = /(?<![\w+-])(?:\+44 ?|0)[1-9](?: ?\d){8,9}(?![\w-])/g;

/** The number to dial for a number as written: `01632 960000` gives `+441632960000`. */
export function telOf(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return digits.startsWith('0') ? `+44${digits.slice(1)}` : digits;
}

/** The same number written the UK way with no spaces, for comparing numbers however they were spaced. */
export function nationalDigits(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.startsWith('44') ? `0${digits.slice(2)}` : digits;
}

/** A phone number's spaces become non-breaking, so the number never wraps across two lines. */
export function keepPhoneNumberTogether(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/** A piece of text: plain words, or a phone number with what to dial. */
export type TextPart = { text: string; tel?: undefined } | { text: string; tel: string };

/** Splits text into plain words and the phone numbers inside it, in order; joined, the parts give the text back. */
export function splitPhoneNumbers(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(ukPhonePattern)) {
    const at = match.index;
    if (at > last) parts.push({ text: text.slice(last, at) });
    parts.push({ text: match[0], tel: telOf(match[0]) });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** Every phone number in a text, as written. */
export function phoneNumbersIn(text: string): string[] {
  return [...text.matchAll(ukPhonePattern)].map((match) => match[0]);
}
