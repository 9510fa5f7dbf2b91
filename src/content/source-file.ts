import { z } from 'astro/zod';

/**
 * A document's source as the normalizer writes it (SOURCES_DIR/{slug}.json):
 * the seed's lines exactly as committed, the runs of lines that are not body
 * text, and for every paragraph the lines it came from and what
 * normalization did to it. Read by the source view (/{slug}/source/) and,
 * without the lines, by the reading page's per-paragraph notes.
 */
const lineRun = { from: z.number().int().positive(), to: z.number().int().positive() };

export const REGION_ROLES = ['title', 'subtitle', 'provenance', 'chrome', 'page-number', 'signatories', 'closing-date', 'heading'] as const;
export const INLINE_CHANGES = ['spaces', 'punctuation', 'quotes', 'title-marks', 'enumerators'] as const;

export const paragraphSourceSchema = z.object({
  n: z.number().int().positive(),
  /** First and last source line. */
  line: z.number().int().positive(),
  to: z.number().int().positive(),
  /** Lines joined to the paragraph across blank lines (page breaks). */
  pageBreakJoins: z.array(z.number().int().positive()),
  /** Page numbers dropped between its lines. */
  pageNumbers: z.array(z.number().int().positive()),
  changes: z.array(z.enum(INLINE_CHANGES)),
  fromTraditional: z.boolean(),
  corrections: z.array(z.object({ find: z.string(), replace: z.string(), reason: z.string(), line: z.number().int().positive(), to: z.number().int().positive() })),
  prefix: z.object({ text: z.string(), label: z.string() }).optional(),
});

export const sourceFileSchema = z.object({
  slug: z.string(),
  title: z.string(),
  /** The seed's path from the project root ("seeds/004_….txt"). */
  file: z.string(),
  /** The seed is in traditional characters (and was converted): its lines are marked zh-Hant. */
  traditional: z.boolean(),
  lines: z.array(z.string()),
  regions: z.array(z.object({ ...lineRun, role: z.enum(REGION_ROLES), label: z.string().optional() })),
  paragraphs: z.array(paragraphSourceSchema),
});

export type SourceFile = z.infer<typeof sourceFileSchema>;
export type ParagraphSource = z.infer<typeof paragraphSourceSchema>;
export type InlineChangeName = (typeof INLINE_CHANGES)[number];
