// Character classes shared by every text rule. Written by hand because the
// rules need one exact definition of "Chinese context" (Han plus the
// full-width punctuation that sits between Han characters), which no
// library exposes.

const HAN = /\p{Script=Han}/u;
const CJK_PUNCTUATION = /[\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026\u3200-\u32ff]/u;

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}

/** Han or full-width punctuation: the characters around which no space belongs. */
export function isCjk(char: string | undefined): boolean {
  return char !== undefined && (HAN.test(char) || CJK_PUNCTUATION.test(char));
}

/** Every Han character of a text, in order: the unit of the no-loss guarantee. */
export function hanCharacters(text: string): string {
  return Array.from(text.matchAll(/\p{Script=Han}/gu), (m) => m[0]).join('');
}
