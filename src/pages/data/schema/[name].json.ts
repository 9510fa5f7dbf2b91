// /data/schema/{name}.json: the JSON Schema of each published format.
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from '../../../lib/data/json-schema.ts';
import { configuredSite, textResponse } from '../../../lib/site.ts';

export const getStaticPaths = (() => SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site: url }) => textResponse(`${JSON.stringify(jsonSchema(params.name as SchemaName, configuredSite(url)), null, 2)}\n`, 'application/schema+json');
