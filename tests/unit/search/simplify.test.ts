import { describe, expect, it } from 'vitest';
import { readParagraphRecords } from '../../../src/content/paragraph-record.ts';
import { loadSimplifier } from '../../../src/lib/search/simplify.ts';
import { PROJECT_ROOT } from '../../helpers/project.ts';

describe('loadSimplifier', () => {
  it('converts traditional characters to simplified', async () => {
    const toSimplified = await loadSimplifier();
    expect(toSimplified('聯合國')).toBe('联合国');
    expect(toSimplified('維護和平')).toBe('维护和平');
    expect(toSimplified('上海合作組織')).toBe('上海合作组织');
  });

  // The search page converts a query only when it finds nothing as typed and
  // has a character the corpus never uses. That finds what always converting
  // would, because the corpus is already simplified: conversion leaves every
  // paragraph as it is.
  it('leaves the simplified corpus unchanged', async () => {
    const toSimplified = await loadSimplifier();
    const paragraphs = await readParagraphRecords(PROJECT_ROOT);
    expect(paragraphs.filter((paragraph) => toSimplified(paragraph.text) !== paragraph.text).map((paragraph) => paragraph.id)).toEqual([]);
  });
});
