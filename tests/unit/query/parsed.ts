import { isQueryError, parseQuery, type Query } from '../../../src/lib/query/parse.ts';

/** A query the test knows to be well formed. */
export function parsed(text: string): Query {
  const query = parseQuery(text);
  if (isQueryError(query)) throw new Error(`${text}: ${query.message}`);
  return query;
}
