import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { corpusIndex, documentData, paragraphRows } from '../../../src/lib/data/document-data.ts';
import { jsonSchema } from '../../../src/lib/data/json-schema.ts';
import { formulations, older, records, sample, SITE } from './fixture.ts';

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validators = { document: ajv.compile(jsonSchema('document', SITE)), paragraph: ajv.compile(jsonSchema('paragraph', SITE)), index: ajv.compile(jsonSchema('index', SITE)) };
const validator = (name: keyof typeof validators) => validators[name];

describe('jsonSchema', () => {
  it('is a draft 2020-12 schema with its own published address', () => {
    const schema = jsonSchema('document', SITE);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://example.org/data/schema/document.json');
  });

  it('accepts what the data builders write', () => {
    const check = (name: 'document' | 'paragraph' | 'index', value: unknown) => {
      const validate = validator(name);
      expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    };
    check('document', documentData(sample, records, formulations, SITE));
    check('index', corpusIndex([sample, older], SITE));
    for (const row of paragraphRows(records, SITE)) check('paragraph', row);
  });

  it('rejects a document whose paragraph lost its permalink, a bad date or an unknown field', () => {
    const validate = validator('document');
    const good = documentData(sample, records, formulations, SITE);
    expect(validate({ ...good, paragraphs: [{ n: 1, text: '甲' }] })).toBe(false);
    expect(validate({ ...good, date: '2020-13-40' })).toBe(false);
    expect(validate({ ...good, extra: true })).toBe(false);
    expect(validate({ ...good, formulations: { ...good.formulations, new: [{ text: '一个地球', n: [] }] } })).toBe(false);
    expect(validate({ ...good, formulations: { ...good.formulations, dropped: [{ text: '和平使命', n: [1] }] } })).toBe(false);
    expect(validator('paragraph')({ document: 'x', n: 0, permalink: 'not a url', text: '' })).toBe(false);
  });
});
