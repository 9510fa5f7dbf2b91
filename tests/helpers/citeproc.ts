import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CSL from 'citeproc';

/**
 * citeproc-js 2.4.63 (the CSL processor of Zotero and Mendeley) with the
 * official GB/T 7714-2015 styles and the zh-CN locale of the
 * citation-style-language repositories, vendored unchanged in
 * tests/fixtures/csl/ (see its README): the citations a reference manager
 * makes from our files, computed by the real client, never by our code.
 */
const CSL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/csl');
export const GBT_STYLES = ['numeric', 'author-date', 'note'] as const;
export type GbtStyle = (typeof GBT_STYLES)[number];

const read = (file: string) => readFileSync(path.join(CSL_DIR, file), 'utf8');
const styleXml = (style: GbtStyle) => read(`china-national-standard-gb-t-7714-2015-${style}.csl`);

type Item = { id: string; [field: string]: unknown };

function engine(style: GbtStyle, items: Item[]) {
  const byId = new Map(items.map((item) => [item.id, item]));
  const sys = {
    retrieveLocale: (lang: string) => read(`locales-${lang}.xml`),
    retrieveItem: (id: string) => byId.get(id),
  };
  const processor = new CSL.Engine(sys, styleXml(style));
  processor.setOutputFormat('text');
  processor.updateItems([...byId.keys()]);
  return processor;
}

/** The item as a reference manager holds it after import: with the day it was accessed, as Zotero adds it. */
export function withAccessDate(item: Item, day: string): Item {
  return { ...item, accessed: { 'date-parts': [day.split('-').map(Number)] } };
}

/** The bibliography entry of one item, as the style writes it (the numeric style with its "[1] "). */
export function bibliographyEntry(style: GbtStyle, item: Item): string {
  const [, entries] = engine(style, [item]).makeBibliography();
  expectOne(entries);
  return entries[0].trim();
}

/** The first footnote (note style) or in-text citation of one item, with a locator if given. */
export function firstCitation(style: GbtStyle, item: Item, locator?: { locator: string; label: string }): string {
  const [, [[, text]]] = engine(style, [item]).processCitationCluster({ citationItems: [{ id: item.id, ...locator }], properties: { noteIndex: style === 'note' ? 1 : 0 } }, [], []);
  return text;
}

function expectOne(entries: string[]): void {
  if (entries.length !== 1) throw new Error(`citeproc gave ${entries.length} bibliography entries for one item`);
}
