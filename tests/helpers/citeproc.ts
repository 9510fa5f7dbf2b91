import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CSL, { type Engine } from 'citeproc';

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

/**
 * One engine per style, kept: building one (parsing the style and locale)
 * takes about 40 ms, rendering an item well under 1 ms, and the tests render
 * every document of a corpus that will reach 1,000. Each call hands the
 * engine its item afresh (updateItems), so no item or position carries over.
 */
const engines = new Map<GbtStyle, { processor: Engine; items: Map<string, Item> }>();
function engine(style: GbtStyle, item: Item): Engine {
  let entry = engines.get(style);
  if (!entry) {
    const items = new Map<string, Item>();
    const sys = {
      retrieveLocale: (lang: string) => read(`locales-${lang}.xml`),
      retrieveItem: (id: string) => items.get(id),
    };
    const processor = new CSL.Engine(sys, styleXml(style));
    processor.setOutputFormat('text');
    entry = { processor, items };
    engines.set(style, entry);
  }
  entry.items.clear();
  entry.items.set(item.id, item);
  entry.processor.updateItems([item.id]);
  return entry.processor;
}

/** The item as a reference manager holds it after import: with the day it was accessed, as Zotero adds it. */
export function withAccessDate(item: Item, day: string): Item {
  return { ...item, accessed: { 'date-parts': [day.split('-').map(Number)] } };
}

/** The bibliography entry of one item, as the style writes it (the numeric style with its "[1] "). */
export function bibliographyEntry(style: GbtStyle, item: Item): string {
  const [, entries] = engine(style, item).makeBibliography();
  if (entries.length !== 1) throw new Error(`citeproc gave ${entries.length} bibliography entries for one item`);
  return entries[0].trim();
}

/** The citation of one item as a first reference (the note style's first footnote, the in-text citation of the others), with a locator if given. */
export function firstCitation(style: GbtStyle, item: Item, locator?: { locator: string; label: string }): string {
  return engine(style, item).makeCitationCluster([{ id: item.id, ...locator }]);
}
