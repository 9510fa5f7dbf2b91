import { z } from 'astro/zod';
import { SITE_NAME } from '../site.ts';
import { dataSchemaPath } from '../urls.ts';
import { corpusIndexSchema, documentDataSchema, instrumentMentionSchema, paragraphRowSchema, relatedFileSchema } from './schemas.ts';

/**
 * The JSON Schemas published at /data/schema/{name}.json, emitted by zod 4
 * from the same zod schemas the data files are typed with (draft 2020-12).
 */
const SCHEMAS = {
  document: { schema: documentDataSchema, title: `${SITE_NAME}：单份文件（/data/{slug}.json）` },
  paragraph: { schema: paragraphRowSchema, title: `${SITE_NAME}：段落（/data/paragraphs.jsonl 每行；CSV 每行，section 为空即无）` },
  index: { schema: corpusIndexSchema, title: `${SITE_NAME}：文件总目录（/data/index.json）` },
  related: { schema: relatedFileSchema, title: `${SITE_NAME}：相关段落（/data/related/{slug}.json）` },
  'instrument-mention': { schema: instrumentMentionSchema, title: `${SITE_NAME}：文件引述的文书（/data/instrument-mentions.jsonl 每行；CSV 每行）` },
} as const;

export type SchemaName = keyof typeof SCHEMAS;
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

export function jsonSchema(name: SchemaName, site: URL): Record<string, unknown> {
  const { schema, title } = SCHEMAS[name];
  return { ...z.toJSONSchema(schema, { target: 'draft-2020-12' }), $id: new URL(dataSchemaPath(name), site).href, title };
}
