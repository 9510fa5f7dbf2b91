import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { COUNCILS, KINDS } from '../../src/content/vocabulary.ts';
import { SeedError } from './errors.ts';

const lineRange = z
  .string()
  .regex(/^\d+(-\d+)?$/, 'a line number "12" or a range "12-30"')
  .transform((range) => {
    const [from, to = from] = range.split('-').map(Number);
    return { from, to };
  })
  .refine(({ from, to }) => from >= 1 && to >= from, 'a range runs forward from line 1');

const reason = z.string().min(4, 'say why, in a few words');

/** A run of source lines that is not body text, and what it is. */
const part = z.discriminatedUnion('role', [
  z.object({ role: z.literal('title'), lines: lineRange }),
  z.object({ role: z.literal('subtitle'), lines: lineRange }),
  z.object({ role: z.literal('signatories'), lines: lineRange }),
  z.object({ role: z.literal('closing-date'), lines: lineRange }),
  z.object({ role: z.literal('provenance'), lines: lineRange, label: z.string().min(1), prefix: z.string().min(1).optional() }),
  z.object({ role: z.literal('chrome'), lines: lineRange, reason }),
]);

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens, e.g. 2024-astana-declaration');

/**
 * A title this document cites in 《》 that names a document of the library
 * which its title alone cannot pick out (several documents share it: a
 * 新闻公报 every year). See src/lib/instruments/mentions.ts.
 */
const citation = z.object({
  title: z.string().min(1),
  document: slug,
  reason,
});

const correction = z.object({
  find: z.string().min(1),
  replace: z.string(),
  reason,
});

export const seedMetadataSchema = z
  .object({
    slug,
    title: z.string().min(2),
    kind: z.enum(KINDS),
    council: z.enum(COUNCILS),
    date: z.iso.date('an ISO date such as 2024-07-04'),
    place: z.string().min(1),
    source: z.object({
      publisher: z.string().min(1),
      reference: z.string().min(1).optional(),
    }),
    script: z.enum(['simplified', 'traditional']).default('simplified'),
    paragraphBreaks: z.enum(['sentence-end', 'indentation']).default('sentence-end'),
    parts: z.array(part).default([]),
    corrections: z.array(correction).default([]),
    cites: z.array(citation).optional(),
  })
  .strict();

export type SeedMetadata = z.infer<typeof seedMetadataSchema>;
export type Part = SeedMetadata['parts'][number];
export type Correction = SeedMetadata['corrections'][number];

/**
 * YAML → validated metadata. Every zod issue becomes one line naming the
 * file, the field and what to write instead (after Starlight's
 * parseWithFriendlyErrors).
 */
export function parseSeedMetadata(yamlText: string, file: string): SeedMetadata {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new SeedError(file, `not valid YAML: ${(error as Error).message.split('\n')[0]}`, line);
  }
  const result = seedMetadataSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `field "${issue.path.join('.') || '(top level)'}": ${issue.message}`);
    throw new SeedError(file, problems.join('; '));
  }
  return result.data;
}
