import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readParagraphRecords } from '../../src/content/paragraph-record.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { writeCorpus } from '../../scripts/lib/write-corpus.ts';
import { writeBigSeed } from '../helpers/big-seed.ts';
import { elements } from '../helpers/dist.ts';
import { copyProject } from '../helpers/project.ts';

// Each case adds or changes files in seeds/ of a throwaway copy of the
// project, runs the real build there, and checks the outcome: a clear
// one-line error naming the file (and line) with the previous dist/ left
// exactly as it was, or a correct build.

const META = (slug: string, extra = '') =>
  `slug: ${slug}\ntitle: 测试宣言\nkind: 宣言\ncouncil: 元首理事会\ndate: 2024-07-04\nplace: 阿斯塔纳\nsource:\n  publisher: 测试\n${extra}`;
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const GOOD_TEXT = '成员国重申，愿继续加强合作。\n\n成员国强调，应维护和平。\n';

interface Case {
  name: string;
  files: Record<string, Buffer | string>;
  error: RegExp;
}

const failing: Case[] = [
  { name: 'an empty file', files: { '900_x.txt': '', '900_x.yaml': META('x') }, error: /^seeds\/900_x\.txt: the file has no text$/ },
  { name: 'white space only', files: { '900_x.txt': ' \n\t\u3000\n', '900_x.yaml': META('x') }, error: /^seeds\/900_x\.txt: the file has no text$/ },
  { name: 'GBK bytes', files: { '900_x.txt': Buffer.from([...utf8('第一行。\n'), 0xc9, 0xcf, 0xba, 0xcf, 0xa1, 0xa3]), '900_x.yaml': META('x') }, error: /^seeds\/900_x\.txt:2: not valid UTF-8/ },
  { name: 'Big5 bytes', files: { '900_x.txt': Buffer.from([0xa4, 0x57, 0xae, 0xfc, 0xa6, 0x58, 0xa7, 0x40]), '900_x.yaml': META('x') }, error: /^seeds\/900_x\.txt:1: not valid UTF-8/ },
  { name: 'UTF-16 with a BOM', files: { '900_x.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_TEXT, 'utf16le')]), '900_x.yaml': META('x') }, error: /^seeds\/900_x\.txt: the file is UTF-16; save it as UTF-8$/ },
  { name: 'UTF-16 without a BOM', files: { '900_x.txt': Buffer.from(GOOD_TEXT, 'utf16le'), '900_x.yaml': META('x') }, error: /^seeds\/900_x\.txt:1: (not valid UTF-8|control character)/ },
  { name: 'binary garbage', files: { '900_x.txt': Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 97 + 13) % 256)), '900_x.yaml': META('x') }, error: /^seeds\/900_x\.txt:\d+: (not valid UTF-8|control character)/ },
  { name: 'a seed without metadata', files: { '900_x.txt': GOOD_TEXT }, error: /^seeds\/900_x\.txt: seed without metadata: add 900_x\.yaml beside it$/ },
  { name: 'metadata without a seed', files: { '900_x.yaml': META('x') }, error: /^seeds\/900_x\.yaml: metadata without a seed/ },
  { name: 'two documents with the same slug', files: { '900_x.txt': GOOD_TEXT, '900_x.yaml': META('2024-astana-declaration') }, error: /^seeds\/900_x\.yaml: slug "2024-astana-declaration" is already used by seeds\/004_8d938df85ef0fe88\.yaml$/ },
  { name: 'an invalid date', files: { '900_x.txt': GOOD_TEXT, '900_x.yaml': META('x').replace('2024-07-04', '2024-02-30') }, error: /^seeds\/900_x\.yaml: field "date": an ISO date/ },
  { name: 'an unknown kind', files: { '900_x.txt': GOOD_TEXT, '900_x.yaml': META('x').replace('kind: 宣言', 'kind: 联合声明') }, error: /^seeds\/900_x\.yaml: field "kind": / },
  { name: 'text the rules cannot place (a trailing line without an ending)', files: { '900_x.txt': `${GOOD_TEXT}\n本作品属于公有领域\n`, '900_x.yaml': META('x') }, error: /^seeds\/900_x\.txt:5: paragraph ends mid-sentence/ },
  { name: 'straight quotes that cannot be paired', files: { '900_x.txt': '成员国欢迎"一带一路倡议。\n', '900_x.yaml': META('x') }, error: /^seeds\/900_x\.txt:1: an odd number \(1\) of straight quotes/ },
];

describe('a bad source', () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  const seeds = () => path.join(project.root, 'seeds');
  const marker = () => path.join(project.root, 'dist/index.html');
  const generated = async () => {
    const dir = path.join(project.root, 'src/content/generated');
    const files = (await readdir(dir, { recursive: true })).sort();
    return Promise.all(files.map(async (file) => [file, await readFile(path.join(dir, file)).catch(() => 'dir')]));
  };
  let previousContent: unknown;
  beforeAll(async () => {
    project = await copyProject();
    expect(await writeCorpus(project.root)).toBe(0);
    previousContent = await generated();
    await mkdir(path.dirname(marker()), { recursive: true });
    await writeFile(marker(), 'the previous build');
  });
  afterAll(() => project.remove());

  it.each(failing)('$name stops the build with one clear line and keeps dist/', async ({ files, error }) => {
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(seeds(), name), content);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await buildSite(project.root)).toBe(1);
      expect(errors.mock.calls.map(([line]) => String(line).replace(/^✖ /, ''))).toEqual([expect.stringMatching(error)]);
    } finally {
      errors.mockRestore();
      for (const name of Object.keys(files)) await rm(path.join(seeds(), name), { force: true });
    }
    expect(await readFile(marker(), 'utf8')).toBe('the previous build');
    expect(existsSync(path.join(project.root, 'dist.next'))).toBe(false);
    expect(await generated()).toEqual(previousContent);
  });
});

describe('sources that are awkward but fine', () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  const page = (slug: string) => readFile(path.join(project.root, 'dist', slug, 'index.html'), 'utf8');
  const hostile = [
    '成员国认为{alert(1)}不是代码。',
    '<script>alert(1)</script>成员国强调安全。',
    '<div>不是标签</div>。',
    'import x from y；以此开头的行仍是正文。',
    'export const a = 1；同上。',
    '```js围栏```与`代码`。',
    '孤立的}右括号与{左括号。',
    // (written as the normalizer leaves them: no space beside Chinese characters, no ASCII quotes)
    'a < b > c & d与&amp实体都是文字。',
    '{/*不是注释*/}成员国重申。',
    '<Note />与<Quote doc=x p={1} />不是组件。',
    '<!--不是注释-->成员国指出。',
    "import x from 'y'；单引号同上。",
    'export default {}；同上。',
    '全角｛｝与《〈上海合作组织宪章〉》照录。',
  ];
  beforeAll(async () => {
    project = await copyProject();
    const seeds = path.join(project.root, 'seeds');
    await writeFile(path.join(seeds, '901_bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(GOOD_TEXT.replace(/\n/g, '\r\n'))]));
    await writeFile(path.join(seeds, '901_bom.yaml'), META('bom-crlf'));
    await writeFile(path.join(seeds, '902_lf.txt'), GOOD_TEXT);
    await writeFile(path.join(seeds, '902_lf.yaml'), META('plain-lf'));
    await writeFile(path.join(seeds, '903_markup.txt'), hostile.join('\n'));
    await writeFile(path.join(seeds, '903_markup.yaml'), META('markup-hostile'));
    expect(await buildSite(project.root)).toBe(0);
  }, 180_000);
  afterAll(() => project.remove());

  it('a UTF-8 BOM and CRLF line ends build the same document as plain LF', async () => {
    const body = (html: string) => html.slice(html.indexOf('<div class="document-body">'), html.indexOf('</article>'));
    expect(body(await page('bom-crlf'))).toBe(body(await page('plain-lf')));
    expect(await page('bom-crlf')).not.toContain('\uFEFF');
  });

  it('text that looks like MDX, JSX, HTML or code comes out as literal text, and nothing of it runs', async () => {
    // Read as a browser's DOM holds it: the body has only the elements the site makes, and each paragraph's text is exact.
    const [body] = elements(fromHtml(await page('markup-hostile')), (element) => element.properties.className?.toString() === 'document-body');
    const inBody = elements({ type: 'root', children: [body] });
    expect(new Set(inBody.slice(1).map((element) => element.tagName))).toEqual(new Set(['div', 'a', 'p']));
    expect(inBody.filter((element) => element.tagName === 'p').map((element) => toText(element))).toEqual(hostile);
    const records = await readParagraphRecords(project.root);
    expect(records.filter((record) => record.document === 'markup-hostile').map((record) => record.text)).toEqual(hostile);
  });
});

describe('a 5 MB document', () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  let paragraphs = 0;
  beforeAll(async () => {
    project = await copyProject();
    paragraphs = await writeBigSeed(path.join(project.root, 'seeds'), 5, 'five-megabytes');
  });
  afterAll(() => project.remove());

  it('builds, every paragraph with its permalink', async () => {
    expect(await buildSite(project.root)).toBe(0); // buildSite prints the time it took
    const html = await readFile(path.join(project.root, 'dist/five-megabytes/index.html'), 'utf8');
    expect(html.match(/ id="p\d+"/g)).toHaveLength(paragraphs);
    expect(html).toContain(`id="p${paragraphs}"`);
  }, 300_000);
});
