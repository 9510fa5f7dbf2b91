import type { RelatedFileData } from '../data/schemas.ts';
import { bandKeys, BANDS, signature } from './minhash.ts';
import { jaccard, shingles } from './similarity.ts';

/**
 * Related paragraphs (相关段落) for a whole corpus, at build time, in
 * near-linear time: MinHash-LSH proposes candidate pairs, the exact
 * similarity (similarity.ts) decides.
 *
 * Equal texts are grouped first and hashed once: a formula repeated in many
 * documents is one text with many places, not thousands of pairs (the
 * synthetic corpus repeats each real paragraph ~270 times at 1,000
 * documents). A bucket holding more than BUCKET_LIMIT different texts is a
 * formula too common to relate anything, and is skipped; of the rest, a
 * text's CANDIDATES_PER_TEXT likeliest candidates are checked: the work per
 * text stays bounded whatever the corpus.
 */

/**
 * Below this, paragraphs across the corpus share formulas more than content.
 * Higher than the compare view's ALIGN_THRESHOLD (align.ts): there one-to-one
 * matching keeps a weak pair out when a better one exists; across a whole
 * corpus nothing does. On the real corpus, pairs from 0.3 up are the same
 * topic (e.g. the Iran nuclear deal, 2017 communiqués p18 ↔ p15 at 0.43),
 * while 0.2–0.3 mixes counterparts with pairs that share only a formula.
 */
export const RELATED_THRESHOLD = 0.3;
/** The most related paragraphs listed for one paragraph, at most one per other document. */
export const RELATED_LIMIT = 5;
const BUCKET_LIMIT = 100;
/**
 * The candidates of one text checked exactly. A family of near-duplicates
 * (a formula reworded in every declaration) makes every member a candidate
 * of every other: checking them all is quadratic in the family's size, and
 * a list shows five. On 81,000 distinct texts in families of 270
 * (bench/compare.bench.ts), checking every candidate took 212 s, this 20 s.
 */
const CANDIDATES_PER_TEXT = 30;

export interface CorpusParagraph {
  document: string;
  n: number;
  text: string;
}

/** One entry of a related list: a paragraph of another document and how similar it is (Jaccard index, to 3 decimals; 1 for equal texts). */
export type RelatedParagraph = RelatedFileData['paragraphs'][string][number];

/**
 * For every paragraph with any, its related paragraphs in other documents:
 * the most similar first (ties in corpus order), at most RELATED_LIMIT, one
 * per document, each at least RELATED_THRESHOLD. Keyed by document, then
 * paragraph number.
 */
export function relatedParagraphs(paragraphs: readonly CorpusParagraph[]): Map<string, Map<number, RelatedParagraph[]>> {
  // Distinct texts, each with the paragraphs that have it, in corpus order.
  const placesOf = new Map<string, number[]>();
  paragraphs.forEach(({ text }, index) => {
    const places = placesOf.get(text);
    if (places) places.push(index);
    else placesOf.set(text, [index]);
  });
  const texts = [...placesOf.keys()];
  const places = [...placesOf.values()];
  const sets = texts.map(shingles);

  // LSH: per band, the texts whose band key is the same.
  const buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
  const keysOf: number[][] = [];
  sets.forEach((set, t) => {
    if (set.size === 0) return;
    keysOf[t] = bandKeys(signature(set));
    keysOf[t].forEach((key, band) => {
      const bucket = buckets[band].get(key);
      if (bucket) bucket.push(t);
      else buckets[band].set(key, [t]);
    });
  });

  // Each text's candidates, the most band collisions (an estimate of similarity) first, checked exactly.
  const neighbours: { t: number; similarity: number }[][] = texts.map((_, t) => [{ t, similarity: 1 }]);
  const collisions = new Int32Array(texts.length);
  keysOf.forEach((keys, t) => {
    const touched: number[] = [];
    keys.forEach((key, band) => {
      const bucket = buckets[band].get(key)!;
      if (bucket.length > BUCKET_LIMIT) return;
      for (const u of bucket) if (u !== t && collisions[u]++ === 0) touched.push(u);
    });
    touched.sort((u, v) => collisions[v] - collisions[u] || u - v);
    for (const u of touched.slice(0, CANDIDATES_PER_TEXT)) {
      const exact = jaccard(sets[t], sets[u]);
      if (exact >= RELATED_THRESHOLD) neighbours[t].push({ t: u, similarity: Math.round(exact * 1000) / 1000 });
    }
    for (const u of touched) collisions[u] = 0;
  });

  const related = new Map<string, Map<number, RelatedParagraph[]>>();
  neighbours.forEach((list, t) => {
    list.sort((x, y) => y.similarity - x.similarity || places[x.t][0] - places[y.t][0]);
    for (const index of places[t]) {
      const { document, n } = paragraphs[index];
      const listed: RelatedParagraph[] = [];
      const documents = new Set([document]);
      collect: for (const neighbour of list) {
        for (const other of places[neighbour.t]) {
          if (listed.length === RELATED_LIMIT) break collect;
          if (documents.has(paragraphs[other].document)) continue;
          documents.add(paragraphs[other].document);
          listed.push({ document: paragraphs[other].document, n: paragraphs[other].n, similarity: neighbour.similarity });
        }
      }
      if (listed.length === 0) continue;
      if (!related.has(document)) related.set(document, new Map());
      related.get(document)!.set(n, listed);
    }
  });
  return related;
}

/** /data/related/{slug}.json without its $schema, which the endpoint adds (src/pages/data/related/[slug].json.ts). */
export type RelatedFile = Omit<RelatedFileData, '$schema'>;

/** The related-paragraph file of every document, from the whole corpus (paragraphs in corpus order: ties go to the first). */
export function relatedFiles(documents: readonly { slug: string; title: string; date: string }[], paragraphs: readonly CorpusParagraph[]): RelatedFile[] {
  const related = relatedParagraphs(paragraphs);
  const about = new Map(documents.map(({ slug, title, date }) => [slug, { title, date }]));
  return documents.map(({ slug, date }) => {
    const lists = Object.fromEntries(related.get(slug) ?? []);
    const named = [...new Set(Object.values(lists).flatMap((list) => list.map(({ document }) => document)))].sort();
    return { slug, date, threshold: RELATED_THRESHOLD, documents: Object.fromEntries(named.map((other) => [other, about.get(other)!])), paragraphs: lists };
  });
}
