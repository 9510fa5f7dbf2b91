import { describe, expect, it } from 'vitest';
import { moreLabel, statusMessage } from '../../../src/lib/search/status.ts';

const facts = { query: ' 反恐 ', total: 120, selected: 120, documents: 7, filtered: false, approximate: false };

describe('statusMessage', () => {
  it('gives the paragraphs and documents found', () => {
    expect(statusMessage(facts)).toBe('共找到 120 段，分布于 7 篇文献。');
  });
  it('says what the facets keep and what there is without them', () => {
    expect(statusMessage({ ...facts, selected: 12, documents: 2, filtered: true })).toBe('共找到 12 段，分布于 2 篇文献（不筛选时共 120 段）。');
    expect(statusMessage({ ...facts, selected: 0, documents: 0, filtered: true })).toBe('筛选条件下未找到段落（不筛选时共 120 段）。');
  });
  it('says when nothing is found, and which simplified query was searched', () => {
    expect(statusMessage({ ...facts, total: 0, selected: 0, documents: 0 })).toBe('未找到包含“反恐”的段落。');
    expect(statusMessage({ ...facts, simplified: '联合国' })).toBe('已按简体“联合国”检索。共找到 120 段，分布于 7 篇文献。');
  });
  it('marks counts that are estimates with 约', () => {
    expect(statusMessage({ ...facts, approximate: true })).toBe('共找到 约 120 段，分布于 约 7 篇文献。');
  });
});

describe('moreLabel', () => {
  it('says how many hits are shown of how many', () => {
    expect(moreLabel(20, 120, false)).toBe('显示更多段落（已显示 20 段，共 120 段）');
    expect(moreLabel(20, 120, true)).toBe('显示更多段落（已显示 20 段，共 约 120 段）');
  });
});
