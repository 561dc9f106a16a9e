/**
 * The apostrophes a phrase may be written with: the glossary is typed with the keyboard's ('), pages are published with
 * the typographic one (’, as in "carer’s assessment"), and either finds the term. (Imports nothing: the checker's
 * island marks English names in the browser with it.)
 */
const apostrophes = "'’";
const apostrophe = /['’]/g;

/**
 * `text` with each apostrophe the keyboard's, for looking a phrase up whichever was written. One character for one, so
 * a place in the result is the same place in `text`.
 */
export function withPlainApostrophes(text: string): string {
  return text.replace(apostrophe, "'");
}

/** A regular expression's source with each apostrophe in it matching either. */
export function withEitherApostrophe(source: string): string {
  return source.replace(apostrophe, `[${apostrophes}]`);
}

/** Both apostrophes for a character that is one, else the character: for a class of a phrase's first characters. */
export function bothIfApostrophe(character: string): string {
  return character.length === 1 && apostrophes.includes(character) ? apostrophes : character;
}
