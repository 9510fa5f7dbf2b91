import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import { COUNCILS, KINDS } from '../../src/content/vocabulary.ts';
import { PROJECT_ROOT } from './project.ts';

/**
 * Writes `count` synthetic documents into `seedsDir`, made of the real
 * corpus's own paragraphs (shuffled, 40–120 per document), each a seed and its
 * metadata, with dates spread over 2001–2025 and every kind and council:
 * what the corpus will look like at the scale of every SCO document.
 * Deterministic for a given count and seed. Returns the paragraphs written.
 */
export async function writeSyntheticCorpus(seedsDir: string, count: number, seed = 2001): Promise<number> {
  const texts = (await readParagraphRecords(PROJECT_ROOT)).map((record) => record.text);
  const generator = xoroshiro128plus(seed);
  const pick = (n: number) => uniformInt(generator, 0, n - 1);
  let paragraphs = 0;
  for (let i = 1; i <= count; i++) {
    const length = 40 + pick(81);
    const body = Array.from({ length }, () => texts[pick(texts.length)]);
    paragraphs += length;
    const year = 2001 + pick(25);
    const date = `${year}-${String(1 + pick(12)).padStart(2, '0')}-${String(1 + pick(28)).padStart(2, '0')}`;
    const stem = `9${String(i).padStart(4, '0')}_synthetic`;
    await writeFile(path.join(seedsDir, `${stem}.txt`), `${body.join('\n\n')}\n`);
    await writeFile(
      path.join(seedsDir, `${stem}.yaml`),
      [
        `slug: synthetic-${String(i).padStart(4, '0')}`,
        `title: 合成测试文件第${i}号`,
        `kind: ${KINDS[pick(KINDS.length)]}`,
        `council: ${COUNCILS[pick(COUNCILS.length)]}`,
        `date: ${date}`,
        'place: 测试',
        'source:',
        '  publisher: 合成语料（由本库段落随机组成，仅供测试）',
        '',
      ].join('\n'),
    );
  }
  return paragraphs;
}
