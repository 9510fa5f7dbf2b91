// The citation files of a document (.bib, .ris, .csl.json) share their route
// shape: the work as every format sees it, formatted by one function.
import type { APIRoute } from 'astro';
import { citedWork, type CitedWork } from '../../lib/citation/work.ts';
import { documentPath } from '../../lib/urls.ts';
import { type DocumentProps } from '../../content/collections.ts';
import { configuredSite, textResponse } from '../../lib/site.ts';

export function citationRoute(format: (work: CitedWork) => string, type: string): APIRoute {
  return ({ props, site: url }) => {
    const { document } = props as DocumentProps;
    return textResponse(format(citedWork(document, new URL(documentPath(document.slug), configuredSite(url)).href)), type);
  };
}
