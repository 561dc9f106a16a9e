import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, scrubPersonalDetails } from './personal-details.ts';

describe('scrubPersonalDetails', () => {
  it.each([
    ['Email me at jo.bloggs+send@example.co.uk please', 'Email me at [email] please'],
    ['Call 07700 900123 or 01752 668000', 'Call [phone] or [phone]'],
    ['ring (01752) 668000, or +44 7700 900123', 'ring [phone], or [phone]'],
    ['our number is 07700900123.', 'our number is [phone].'],
    ['We live at PL1 3BJ and before that pl13bj', 'We live at [postcode] and before that [postcode]'],
    ['NHS number 485 777 3456 and 9434765919', 'NHS number [nhs-number] and [nhs-number]'],
    ['born 12/03/2015, or 2015-03-12', 'born [date], or [date]'],
    ['born on 3rd March 2015 (March 3, 2015)', 'born on [date] ([date])'],
  ])('scrubs %j', (input, expected) => {
    expect(scrubPersonalDetails(input)).toBe(expected);
  });

  it('keeps ordinary words, numbers and places', () => {
    const text = 'The page says 20 weeks, but my child in PL1 waited 30 weeks for the SENCO in year 6.';
    expect(scrubPersonalDetails(text)).toBe(text);
  });

  it('never leaves an email address or a long digit run behind', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.string(), (email, words) => {
        const scrubbed = scrubPersonalDetails(`${words} ${email} ${words}`);
        expect(scrubbed).not.toContain(email);
      }),
    );
  });
});

describe('cleanText', () => {
  it('removes control and bidirectional override characters but keeps text, newlines and RTL marks', () => {
    expect(cleanText('  a\u0000b\u202Ec\u2066d\r\ne\u200Ff\t ')).toBe('abcd\ne\u200Ff');
  });
});
