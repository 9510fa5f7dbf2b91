/**
 * How mentions of one instrument, written differently, are grouped: each rule
 * is data (what it finds, what it writes, why, and an example from the
 * corpus), applied in order to the title as written between the outer 《》.
 * The folded title is the instrument's identity (its key, instrumentKey); the
 * title as written is always kept beside it. A new variant is a new rule
 * here, with its reason — never a special case in code. Changing a rule
 * changes the keys of the instruments it touches: do it deliberately.
 */
export interface VariantRule {
  /** What the rule folds, as 关于本库 and the instruments page name it. */
  name: string;
  find: RegExp;
  replace: string | ((match: string) => string);
  reason: string;
  /** A title as written in the corpus, and that title after this rule alone. */
  example: readonly [written: string, folded: string];
}

export const VARIANT_RULES: readonly VariantRule[] = [
  {
    name: '空白',
    find: /\s+/g,
    replace: '',
    reason: 'A space inside a title is a trace of a line break or of typesetting in the source, never part of the name.',
    example: ['联合国 宪章', '联合国宪章'],
  },
  {
    name: '全角数字和字母',
    find: /[０-９Ａ-Ｚａ-ｚ]/g,
    replace: (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0),
    reason: 'Years and numbers are written with full-width digits in some sources, with ASCII digits in others.',
    example: ['上合组织至２０２５年发展战略', '上合组织至2025年发展战略'],
  },
  {
    name: '年份连接号',
    find: /(?<=\d)[-‐‑‒–—―－~～](?=\d)/g,
    replace: '-',
    reason: 'A range of years is joined by a hyphen, an en dash or an em dash (2024-2027年, 2024—2025年): one range, whichever is used.',
    example: ['2024—2025年〈上海合作组织成员国旅游合作发展纲要〉落实联合行动计划', '2024-2025年〈上海合作组织成员国旅游合作发展纲要〉落实联合行动计划'],
  },
  {
    name: '内层书名号',
    find: /[〈〉<>《》]/g,
    replace: '',
    reason: 'A title named inside a title is marked 〈〉 (<> in some sources, 《》 in others) or not at all: 《〈纲要〉落实措施计划》 and 《纲要落实措施计划》 are one instrument.',
    example: ['〈上合组织至2030年经济发展战略〉落实行动计划', '上合组织至2030年经济发展战略落实行动计划'],
  },
  {
    name: '上合组织 → 上海合作组织',
    find: /上合组织/g,
    replace: '上海合作组织',
    reason: '上合组织 is the short name of 上海合作组织; later texts cite the same instruments by it (《上合组织宪章》, 《上海合作组织宪章》). Folded to the full name, the one in the instruments’ own titles.',
    example: ['上合组织宪章', '上海合作组织宪章'],
  },
];

/** The folded form of a title as written: every variant rule applied, in order. */
export function foldTitle(written: string, rules: readonly VariantRule[] = VARIANT_RULES): string {
  // A string replacement and a function replacement go through the same overload once cast.
  return rules.reduce((title, { find, replace }) => title.replace(find, replace as (match: string) => string), written);
}

/**
 * An instrument's id in URLs and data files: its folded title itself
 * (/instruments/联合国宪章/), so that a cited address says what it names and
 * stays the same however many documents join the library. The few characters
 * a URL path reserves become "-". Empty for a title that folds to nothing
 * (《》), which names no instrument.
 */
export function instrumentKey(written: string): string {
  return foldTitle(written).replace(/[/?#%\\]/g, '-');
}
