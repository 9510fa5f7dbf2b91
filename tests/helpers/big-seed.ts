import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import { PROJECT_ROOT } from './project.ts';

/**
 * Writes a seed of at least `megabytes` MB into `seedsDir`, made of the
 * corpus's own paragraphs repeated (so every rule has real text to work on),
 * with its metadata. Returns the number of paragraphs written.
 */
export async function writeBigSeed(seedsDir: string, megabytes: number, slug: string): Promise<number> {
  const records = await readParagraphRecords(PROJECT_ROOT);
  const chunks: string[] = [];
  let bytes = 0;
  while (bytes < megabytes * 1024 * 1024) {
    const text = `${records[chunks.length % records.length].text}\n\n`;
    chunks.push(text);
    bytes += Buffer.byteLength(text);
  }
  await writeFile(path.join(seedsDir, '950_big.txt'), chunks.join(''));
  await writeFile(
    path.join(seedsDir, '950_big.yaml'),
    `slug: ${slug}\ntitle: 大文件测试\nkind: 宣言\ncouncil: 元首理事会\ndate: 2024-07-04\nplace: 阿斯塔纳\nsource:\n  publisher: 测试\n`,
  );
  return chunks.length;
}
