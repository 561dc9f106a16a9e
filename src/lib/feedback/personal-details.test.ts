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

describe('scrubPersonalDetails, properties', () => {
  const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));

  it('never changes a UUID', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.constantFrom('', 'listing ', 'id: '), (uuid, before) => {
        expect(scrubPersonalDetails(`${before}${uuid} is wrong`)).toBe(`${before}${uuid} is wrong`);
      }),
    );
  });

  it('never leaves an NHS number, written together, 3-3-4 or 3-4-3', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 999 }), digits(7), fc.constantFrom(' ', '-', ''), (head, tail, sep) => {
        const forms = [`${head}${sep}${tail.slice(0, 3)}${sep}${tail.slice(3)}`];
        if (sep) forms.push(`${head}${sep}${tail.slice(0, 4)}${sep}${tail.slice(4)}`);
        for (const nhs of forms) expect(scrubPersonalDetails(`NHS ${nhs}.`)).toBe('NHS [nhs-number].');
      }),
    );
  });

  it('never leaves a UK phone number written with 0, +44 or 0044', () => {
    fc.assert(
      fc.property(fc.constantFrom('0', '+44 ', '+44', '0044 ', '0044', '+44 (0)'), digits(4), digits(6), (p, a, b) => {
        expect(scrubPersonalDetails(`ring ${p}7${a.slice(1)} ${b} today`)).toBe('ring [phone] today');
      }),
    );
  });

  it('never leaves a name after "my son is called" or a title', () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{1,10}$/);
    fc.assert(
      fc.property(fc.constantFrom('my son is called', 'My daughter is called', 'Mrs', 'Dr'), name, (intro, who) => {
        const scrubbed = scrubPersonalDetails(`${intro} ${who} asked`);
        expect(scrubbed).toBe(`${intro} [name] asked`);
      }),
    );
  });
});

describe('cleanText', () => {
  it('removes control and bidirectional override characters but keeps text, newlines and RTL marks', () => {
    expect(cleanText('  a\u0000b\u202Ec\u2066d\r\ne\u200Ff\t ')).toBe('abcd\ne\u200Ff');
  });
});
