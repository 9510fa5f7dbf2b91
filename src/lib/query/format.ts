// A query as canonical text: what the address (?q=, ?hl=) and the search
// cache hold, and what names files. parseQuery(formatQuery(q)) is q again.
import type { Query } from './parse.ts';

/** Characters that make a literal need quotes: spaces and the operators (folded queries hold only their ASCII forms). */
const NEEDS_QUOTES = /[\s"|*()]|^-/u;

function literal(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatQuery(query: Query): string {
  switch (query.kind) {
    case 'text':
      return literal(query.text);
    case 'gap':
      return `${literal(query.before)}*${literal(query.after)}`;
    case 'not':
      return `-${query.item.kind === 'and' || query.item.kind === 'or' ? `(${formatQuery(query.item)})` : formatQuery(query.item)}`;
    case 'or':
      return query.items.map((item) => (item.kind === 'and' ? `(${formatQuery(item)})` : formatQuery(item))).join(' | ');
    case 'and':
      return query.items.map(formatQuery).join(' ');
  }
}
