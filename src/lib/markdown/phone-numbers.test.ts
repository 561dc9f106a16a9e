import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalDigits, phoneNumbersIn, splitPhoneNumbers, telOf } from './phone-numbers.ts';

describe('phone numbers in text', () => {
  it('finds UK numbers however they are grouped, and what to dial', () => {
    const text = 'Call 01752 668000, or 0800 068 1249 (free), or +44 1752 434844. Out of hours: 0800 9531131.';
    expect(phoneNumbersIn(text)).toEqual(['01752 668000', '0800 068 1249', '+44 1752 434844', '0800 9531131']);
    expect(splitPhoneNumbers(text).flatMap((part) => (part.tel ? [part.tel] : []))).toEqual([
      '+441752668000',
      '+448000681249',
      '+441752434844',
      '+448009531131',
    ]);
  });

  it('leaves ids, dates, years, amounts and emergency numbers alone', () => {
    for (const text of [
      'cc4fc840-0c60-4ee8-abbc-6119369a8e45',
      'id 09543817656abc',
      'On 2026-12-02, in 2024 to 2025',
      '£551.97 or 10 payments of £61.33',
      'Call 111 or 999',
      'Pupil number A01752668000',
    ]) {
      expect(phoneNumbersIn(text), text).toEqual([]);
    }
  });

  it('gives the text back when the parts are joined', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(
          splitPhoneNumbers(text)
            .map((part) => part.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });

  it('compares numbers whatever their spacing or prefix', () => {
    expect(nationalDigits('+44 1752 668000')).toBe(nationalDigits('01752 668000'));
    expect(telOf('01752 668000')).toBe('+441752668000');
  });
});
