import { describe, expect, it } from 'vitest';
import { compareUrl, DATA_INDEX_PATH, dataSchemaPath, documentDataPath, documentPath, FEED_PATH, PARAGRAPHS_CSV_PATH, PARAGRAPHS_JSONL_PATH, paragraphPath, parseParagraphPath, relatedDataPath } from '../../src/lib/urls.ts';

describe('site paths', () => {
  it('name a document, a paragraph and a run', () => {
    expect(documentPath('2017-astana-declaration')).toBe('/2017-astana-declaration/');
    expect(paragraphPath('2017-astana-declaration', 34)).toBe('/2017-astana-declaration/#p34');
    expect(paragraphPath('2017-astana-declaration', { from: 3, to: 5 })).toBe('/2017-astana-declaration/#p3-p5');
  });

  it('read a paragraph permalink back, with or without a query string', () => {
    expect(parseParagraphPath('/2017-astana-declaration/#p34')).toEqual({ document: '2017-astana-declaration', n: 34 });
    expect(parseParagraphPath('/2017-astana-declaration/?hl=x#p34')).toEqual({ document: '2017-astana-declaration', n: 34 });
  });

  it('read nothing from other addresses', () => {
    expect(parseParagraphPath('/2017-astana-declaration/')).toBeNull();
    expect(parseParagraphPath('/2017-astana-declaration/#p3-p5')).toBeNull();
    expect(parseParagraphPath('/2017-astana-declaration/#main')).toBeNull();
    expect(parseParagraphPath('/a/b/#p3')).toBeNull();
  });
});

describe('data paths', () => {
  it('name every file of a document and of the corpus', () => {
    expect(documentDataPath('2017-astana-declaration')).toBe('/data/2017-astana-declaration.json');
    expect(documentDataPath('2017-astana-declaration', 'csl.json')).toBe('/data/2017-astana-declaration.csl.json');
    expect(dataSchemaPath('paragraph')).toBe('/data/schema/paragraph.json');
    expect([DATA_INDEX_PATH, PARAGRAPHS_CSV_PATH, PARAGRAPHS_JSONL_PATH, FEED_PATH]).toEqual(['/data/index.json', '/data/paragraphs.csv', '/data/paragraphs.jsonl', '/feed.xml']);
  });
});

describe('compare and related paths', () => {
  it('name a comparison, at a paragraph of either side', () => {
    expect(compareUrl('2017-astana-declaration')).toBe('/compare/?a=2017-astana-declaration');
    expect(compareUrl('2017-astana-declaration', '2024-astana-declaration')).toBe('/compare/?a=2017-astana-declaration&b=2024-astana-declaration');
    expect(compareUrl('2017-astana-declaration', '2024-astana-declaration', { side: 'b', n: 49 })).toBe('/compare/?a=2017-astana-declaration&b=2024-astana-declaration#b49');
  });

  it('name a document’s related-paragraph file', () => {
    expect(relatedDataPath('2024-astana-declaration')).toBe('/data/related/2024-astana-declaration.json');
  });
});
