import { describe, expect, it } from 'vitest';
import { englishFragments } from './english-fragments.ts';

const english = (fragments: { text: string; english: boolean }[]) =>
  fragments.filter((f) => f.english).map((f) => f.text);

describe('English fragments in translated text', () => {
  const vocabulary = {
    names: ['Plymouth City Council', 'PIAS', 'EHC plan', 'Plymouth'],
    englishText: 'Ask for an EHC needs assessment. Read the short breaks services statement.',
  };

  it('marks a bracketed name the English page uses, and known names anywhere, in Polish', () => {
    const text =
      'Oświadczenie o usługach (short breaks services statement) urzędu miasta (Plymouth City Council). PIAS pomaga.';
    expect(english(englishFragments(text, 'pl', vocabulary))).toEqual([
      'short breaks services statement',
      'Plymouth City Council',
      'PIAS',
    ]);
  });

  it('leaves Polish words in brackets alone, even in plain ASCII', () => {
    expect(english(englishFragments('Dzieci (do 18 lat) i plan EHC.', 'pl', vocabulary))).toEqual([]);
  });

  it('keeps the text whole: the fragments join back to it', () => {
    const text = 'Zadzwoń do PIAS (Plymouth City Council) teraz.';
    expect(
      englishFragments(text, 'pl', vocabulary)
        .map((f) => f.text)
        .join(''),
    ).toBe(text);
  });

  it('marks a name typed with the keyboard’s apostrophe where the page has the typographic one, and back', () => {
    const names = { names: ["Children's Disability Team"], englishText: "Ask for a carer's assessment." };
    const text = 'Zadzwoń do Children’s Disability Team. Poproś o ocenę (carer’s assessment).';
    const fragments = englishFragments(text, 'pl', names);
    expect(english(fragments)).toEqual(['Children’s Disability Team', 'carer’s assessment']);
    expect(fragments.map((f) => f.text).join('')).toBe(text);
    const typed = { names: ['Children’s Disability Team'] };
    expect(english(englishFragments("Zadzwoń do Children's Disability Team.", 'pl', typed))).toEqual([
      "Children's Disability Team",
    ]);
  });

  it('does not mark a name inside a longer word', () => {
    expect(english(englishFragments('PIASTOWSKA', 'pl', vocabulary))).toEqual([]);
  });

  it('marks every run of Latin letters in Arabic and Chinese, without the brackets around it', () => {
    expect(english(englishFragments('العرض المحلي (Local Offer) في Plymouth.', 'ar', vocabulary))).toEqual([
      'Local Offer',
      'Plymouth',
    ]);
    expect(
      english(englishFragments('教育、健康和护理计划（EHC plan）由 SEND 0-25 team 负责。', 'zh-Hans', vocabulary)),
    ).toEqual(['EHC plan', 'SEND 0-25 team']);
  });

  it('keeps an email address or web address whole', () => {
    expect(
      english(englishFragments('راسل senadmin@plymouth.gov.uk أو زر plymouthias.org.uk/help.', 'ar', vocabulary)),
    ).toEqual(['senadmin@plymouth.gov.uk', 'plymouthias.org.uk/help']);
  });

  it('leaves English pages as they are', () => {
    expect(englishFragments('EHC plan (PIAS)', 'en-GB', vocabulary)).toEqual([
      { text: 'EHC plan (PIAS)', english: false },
    ]);
  });
});
