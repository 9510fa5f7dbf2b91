import { isCjk } from './cjk.ts';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

/**
 * Half-width , ; : ! ? become full-width when a CJK character touches them.
 * "1,000" and "10:30" keep theirs: digits on both sides are not Chinese context.
 */
export function widenPunctuation(text: string): string {
  const chars = Array.from(text);
  // A run such as ",," widens mark by mark as each one gains a full-width
  // neighbour, so repeat until nothing changes (idempotence).
  let changed = true;
  while (changed) {
    changed = false;
    chars.forEach((char, i) => {
      if (FULL_WIDTH[char] && (isCjk(chars[i - 1]) || isCjk(chars[i + 1]))) {
        chars[i] = FULL_WIDTH[char];
        changed = true;
      }
    });
  }
  return chars.join('');
}

/**
 * A pair of half-width parentheses becomes （…） when it holds Chinese text or
 * follows a CJK character: "组织(以下简称…)" and "工作组(FATF)标准" change,
 * the agenda item "122(v)" does not.
 */
export function widenParentheses(text: string): string {
  return text.replace(/\(([^()]*)\)/g, (match, inner: string, offset: number) => {
    const before = Array.from(text.slice(0, offset)).at(-1);
    const chinese = Array.from(inner).some((char) => isCjk(char)) || isCjk(before);
    return chinese ? `（${inner}）` : match;
  });
}
