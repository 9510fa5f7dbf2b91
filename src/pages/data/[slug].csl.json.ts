import { formatCslJson } from '../../lib/citation/csl.ts';
import { citationRoute } from './_cite.ts';
import { documentPaths } from '../../content/collections.ts';

export const getStaticPaths = documentPaths;
export const GET = citationRoute(formatCslJson, 'application/vnd.citationstyles.csl+json');
