const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Parenthesized ideographs ㈠…㈩ (U+3220–U+3229) become （一）…（十）. */
export function expandParenthesizedNumerals(text: string): string {
  return text.replace(/[\u3220-\u3229]/g, (char) => `（${NUMERALS[char.charCodeAt(0) - 0x3220]}）`);
}
