import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import { elements, parsePage } from '../helpers/dist.ts';
import { PROJECT_ROOT } from '../helpers/project.ts';
import { SEEDS_DIR } from '../helpers/corpus.ts';

// 关于本库 is MDX; its examples are <Quote>s of the collection. Checked here
// against the records and the seeds themselves, not against the component.
const page = parsePage('about/index.html');
const quotes = elements(page, (element) => element.tagName === 'figure' && String(element.properties.className) === 'quote');
const classed = (root: (typeof quotes)[number], name: string) => elements({ type: 'root', children: [root] }, (element) => String(element.properties.className ?? '').split(' ').includes(name));

describe('关于本库 (MDX)', () => {
  it('quotes the normalization examples, each exactly the paragraph its link names', async () => {
    const records = new Map((await readParagraphRecords(PROJECT_ROOT)).map((record) => [`${record.document}#${record.n}`, record.text]));
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    for (const quote of quotes) {
      const [link] = elements({ type: 'root', children: [quote] }, (element) => element.tagName === 'a');
      const [, slug, from, to = from] = /^\/([^/]+)\/#p(\d+)(?:-p(\d+))?$/.exec(String(link.properties.href))!;
      const expected = Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => records.get(`${slug}#${Number(from) + i}`));
      expect(classed(quote, 'quote-paragraph').map((element) => toText(element))).toEqual(expected);
    }
  });

  it('shows each example’s source lines exactly as the seed has them', () => {
    const seeds = new Map(readdirSync(SEEDS_DIR).filter((file) => file.endsWith('.yaml')).map((file) => {
      const slug = /^slug: (.+)$/m.exec(readFileSync(path.join(SEEDS_DIR, file), 'utf8'))![1].trim();
      return [slug, readFileSync(path.join(SEEDS_DIR, file.replace(/\.yaml$/, '.txt')), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)];
    }));
    const withSource = quotes.filter((quote) => elements({ type: 'root', children: [quote] }, (element) => element.tagName === 'pre').length > 0);
    expect(withSource.length).toBeGreaterThanOrEqual(5);
    for (const quote of withSource) {
      const source = elements({ type: 'root', children: [quote] }, (element) => element.tagName === 'a').map((a) => String(a.properties.href)).find((href) => href.includes('/source/'))!;
      const [, slug, from, to = from] = /^\/([^/]+)\/source\/#L(\d+)(?:-L(\d+))?$/.exec(source)!;
      const [pre] = elements({ type: 'root', children: [quote] }, (element) => element.tagName === 'pre');
      expect(toText(pre, { whitespace: 'pre' })).toBe(seeds.get(slug)!.slice(Number(from) - 1, Number(to)).join('\n'));
    }
  });

  it('numbers none of its own paragraphs: no #pN anchor on a prose page', () => {
    expect(elements(page, (element) => /^p\d+$/.test(String(element.properties.id ?? '')) || String(element.properties.className ?? '').includes('paragraph ')).length).toBe(0);
    expect(elements(page, (element) => element.tagName === 'h2').map((element) => element.properties.id)).toEqual(['sources', 'normalization', 'numbering', 'use', 'formulations']);
  });
});
