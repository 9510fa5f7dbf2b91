import { formatBibtex } from '../../lib/citation/bibtex.ts';
import { citationRoute } from './_cite.ts';
import { documentPaths } from '../../content/collections.ts';

export const getStaticPaths = documentPaths;
export const GET = citationRoute(formatBibtex, 'application/x-bibtex');
