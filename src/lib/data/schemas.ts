import { z } from 'astro/zod';
import { documentSchema } from '../../content/document-schema.ts';
import { paragraphRecordSchema } from '../../content/paragraph-record.ts';

/**
 * The published data formats, derived from the schemas that already describe
 * the content (src/content/): one source of truth for the collection, the
 * data files and their JSON Schemas (see json-schema.ts). What changes on the
 * way out: the date becomes "YYYY-MM-DD", source line numbers stay behind,
 * and every paragraph gains its permalink.
 */
const { shape } = documentSchema;
const withoutLine = <T extends z.ZodObject>(part: z.ZodArray<T>) => z.array(part.element.omit({ line: true }));

const isoDay = z.iso.date().describe('The day the document was adopted, YYYY-MM-DD');
const absoluteUrl = z.url();

export const paragraphSchema = z.object({
  n: paragraphRecordSchema.shape.n.describe('The paragraph number: the N of #pN'),
  permalink: absoluteUrl.describe('The paragraph’s own address, /{slug}/#p{n}'),
  text: paragraphRecordSchema.shape.text,
  section: paragraphRecordSchema.shape.section,
});

/** /data/{slug}.json */
export const documentDataSchema = z.object({
  $schema: absoluteUrl,
  slug: shape.slug,
  title: shape.title,
  subtitle: shape.subtitle,
  kind: shape.kind,
  council: shape.council,
  date: isoDay,
  place: shape.place,
  url: absoluteUrl.describe('The reading page'),
  paragraphCount: shape.paragraphCount,
  provenance: z
    .object({
      source: shape.source,
      convertedFromTraditional: shape.convertedFromTraditional,
      corrections: shape.corrections,
      notes: withoutLine(shape.provenance).describe('Source lines kept apart from the body (datelines, document symbols)'),
    })
    .describe('Where the text comes from and what was done to it'),
  headings: z.array(z.object({ text: z.string(), before: z.number().int().positive().describe('The number of the first paragraph under the heading') })),
  paragraphs: z.array(paragraphSchema),
  closing: z.object({
    signatories: withoutLine(shape.signatories),
    date: z.string().optional().describe('The closing date and place line, as printed'),
  }),
});

/** One line of /data/paragraphs.jsonl; one row of the CSV files (section empty when absent). */
export const paragraphRowSchema = z.object({
  document: paragraphRecordSchema.shape.document.describe('The document’s slug'),
  ...paragraphSchema.shape,
});

/** One line of /data/instrument-mentions.jsonl; one row of /data/instrument-mentions.csv (see src/lib/instruments/). */
export const instrumentMentionSchema = z.object({
  instrument: z.string().min(1).describe('The instrument’s id: its title folded by the variant rules (/instruments/{instrument}/ on the site)'),
  title: z.string().min(1).describe('The title exactly as written between the outer 《》'),
  document: paragraphRecordSchema.shape.document.describe('The slug of the document that mentions it'),
  n: paragraphRecordSchema.shape.n.describe('The number of the paragraph that mentions it'),
  permalink: absoluteUrl.describe('That paragraph’s own address, /{slug}/#p{n}'),
});

/** /data/index.json */
export const corpusIndexSchema = z.object({
  $schema: absoluteUrl,
  files: z
    .object({ instrumentMentions: z.object({ csv: absoluteUrl, jsonl: absoluteUrl }) })
    .describe('Files of the whole corpus'),
  documents: z.array(
    z.object({
      slug: shape.slug,
      title: shape.title,
      kind: shape.kind,
      council: shape.council,
      date: isoDay,
      place: shape.place,
      paragraphCount: shape.paragraphCount,
      url: absoluteUrl,
      files: z.object({ json: absoluteUrl, csv: absoluteUrl, txt: absoluteUrl, bib: absoluteUrl, ris: absoluteUrl, csl: absoluteUrl, related: absoluteUrl }),
    }),
  ),
});

/** /data/related/{slug}.json (see src/lib/compare/related.ts). */
export const relatedFileSchema = z.object({
  $schema: absoluteUrl,
  slug: shape.slug,
  date: isoDay,
  threshold: z.number().min(0).max(1).describe('The least similarity listed'),
  documents: z.record(shape.slug, z.object({ title: shape.title, date: isoDay })).describe('Title and date of each document the lists name'),
  paragraphs: z
    .record(
      z.string().regex(/^\d+$/),
      z.array(
        z.object({
          document: shape.slug,
          n: paragraphRecordSchema.shape.n,
          similarity: z.number().min(0).max(1).describe('Jaccard index of the two paragraphs’ character bigrams; 1 for equal texts'),
        }),
      ),
    )
    .describe('Paragraph number → its related paragraphs in other documents, the most similar first; paragraphs without any are absent'),
});

export type DocumentDataFile = z.infer<typeof documentDataSchema>;
export type ParagraphRow = z.infer<typeof paragraphRowSchema>;
export type CorpusIndex = z.infer<typeof corpusIndexSchema>;
export type InstrumentMentionRow = z.infer<typeof instrumentMentionSchema>;
export type RelatedFileData = z.infer<typeof relatedFileSchema>;
