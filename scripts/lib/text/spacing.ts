import { isCjk } from './cjk.ts';

/**
 * Collapses every run of white space to one space, then drops the space
 * wherever a CJK character stands on either side of it: "2016 年 11 月" →
 * "2016年11月", while "Public domain" keeps its space.
 */
export function normalizeSpacing(text: string): string {
  const collapsed = text.replace(/[\s\u3000]+/gu, ' ').trim();
  const chars = Array.from(collapsed);
  return chars
    .filter((char, i) => char !== ' ' || !(isCjk(chars[i - 1]) || isCjk(chars[i + 1])))
    .join('');
}
