import { z } from 'astro/zod';
import { documentSchema } from '../../content/document-schema.ts';
import { paragraphRecordSchema } from '../../content/paragraph-record.ts';
import { LANGUAGE } from '../site.ts';

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

const paragraphNumbers = z.array(paragraphRecordSchema.shape.n).min(1);
const phraseText = z.string().min(1).describe('The phrase: a quoted term or list item of 4–8 characters (see /about/#formulations)');

/** What is new and what was dropped in a document (src/lib/formulations/). */
export const formulationsSchema = z
  .object({
    new: z
      .array(z.object({ text: phraseText, n: paragraphNumbers.describe('The paragraphs of this document where it occurs') }))
      .describe('Phrases that occur in no document dated earlier (empty for the documents of the library’s earliest day), in reading order'),
    dropped: z
      .array(
        z.object({
          text: phraseText,
          document: shape.slug.describe('The latest earlier document of the same council and kind: where it last occurred'),
          n: paragraphNumbers.describe('The paragraphs of that document where it occurs'),
        }),
      )
      .describe('Phrases of the latest earlier document of the same council and kind that occur in at least two documents dated earlier and nowhere in this one, in that document’s reading order'),
    earlierDocuments: z.number().int().nonnegative().describe('How many documents are dated earlier (what “new” compares with)'),
    earlierInSeries: z.number().int().nonnegative().describe('How many of them are of the same council and kind'),
    previous: shape.slug.optional().describe('The latest of those, which “dropped” compares with; absent when there is none'),
  })
  .describe('Formulations: the phrases new in this document and those dropped from it');

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
  language: z.literal(LANGUAGE).describe('The language of the text, a BCP 47 tag (the same in the page, CSL-JSON and RIS)'),
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
  formulations: formulationsSchema,
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
export type FormulationsData = z.infer<typeof formulationsSchema>;
export type InstrumentMentionRow = z.infer<typeof instrumentMentionSchema>;
export type RelatedFileData = z.infer<typeof relatedFileSchema>;
