import { formatRis } from '../../lib/citation/ris.ts';
import { citationRoute } from './_cite.ts';
import { documentPaths } from '../../content/collections.ts';

export const getStaticPaths = documentPaths;
export const GET = citationRoute(formatRis, 'application/x-research-info-systems');
