// Browser only: the compare view (src/pages/compare.astro). Reads ?a=&b=,
// fetches the two documents' data files, aligns their paragraphs and shows
// each pair with its differences. The diff library is loaded here only.
import { decodeFragment } from '../anchor.ts';
import { formatChineseDate } from '../date.ts';
import { align, countRows, type AlignedRow } from './align.ts';
import { KIND_NAMES, renderRow, SIDE_NAMES } from './compare-view.ts';
import { fetchDocumentFile, type DocumentFile } from './document-file.ts';

const form = document.querySelector<HTMLFormElement>('.compare-form')!;
const status = document.getElementById('compare-status')!;
const result = document.getElementById('compare-result')!;
const rowsList = document.getElementById('compare-rows')!;
const filter = document.querySelector<HTMLInputElement>('#compare-changed-only')!;
const menus = { a: form.elements.namedItem('a') as HTMLSelectElement, b: form.elements.namedItem('b') as HTMLSelectElement };

function showFilter() {
  rowsList.classList.toggle('changed-only', filter.checked);
}

function heading(file: DocumentFile, side: 'a' | 'b') {
  return `${SIDE_NAMES[side]}：${file.title}（${formatChineseDate(file.date)}）`;
}

function showSummary(rows: readonly AlignedRow[]) {
  const counts = countRows(rows);
  document.getElementById('compare-summary')!.replaceChildren(
    ...(Object.keys(counts) as AlignedRow['kind'][]).map((kind) => {
      const item = document.createElement('li');
      item.dataset.kind = kind;
      item.textContent = `${KIND_NAMES[kind]} ${counts[kind]} 段`;
      return item;
    }),
  );
}

/** Scrolls to the paragraph the address names (#a14, #b22), now that it exists, and marks its row. */
function showTarget() {
  const id = decodeFragment(location.hash);
  const target = id && document.getElementById(id);
  for (const row of rowsList.querySelectorAll('.is-target')) row.classList.remove('is-target');
  if (!target || !rowsList.contains(target)) return;
  target.closest('.compare-row')!.classList.add('is-target');
  target.scrollIntoView();
}

async function compare(a: string, b: string) {
  status.textContent = '正在比较……';
  const [fileA, fileB, { diffParagraphs }] = await Promise.all([fetchDocumentFile(a), fetchDocumentFile(b), import('./diff.ts')]);
  if (!fileA || !fileB) throw new Error('missing data file');
  const rows = align(
    fileA.paragraphs.map(({ text }) => text),
    fileB.paragraphs.map(({ text }) => text),
  );
  document.getElementById('compare-result-title')!.textContent = `${heading(fileA, 'a')} 与 ${heading(fileB, 'b')}`;
  showSummary(rows);
  rowsList.replaceChildren(...rows.map((row) => renderRow(row, fileA, fileB, diffParagraphs)));
  showFilter();
  status.textContent = '';
  result.hidden = false;
  result.dataset.compared = `${a} ${b}`;
  showTarget();
}

const params = new URLSearchParams(location.search);
const chosen = { a: params.get('a') ?? '', b: params.get('b') ?? '' };
const known = (slug: string) => [...menus.a.options].some((option) => option.value === slug && slug !== '');
for (const side of ['a', 'b'] as const) if (known(chosen[side])) menus[side].value = chosen[side];
filter.addEventListener('change', showFilter);
addEventListener('hashchange', showTarget);

const unknown = (['a', 'b'] as const).filter((side) => chosen[side] !== '' && !known(chosen[side]));
if (unknown.length > 0) status.textContent = unknown.map((side) => `没有找到文件${SIDE_NAMES[side]}“${chosen[side]}”，请从菜单中选择。`).join('');
else if (chosen.a && chosen.b) {
  compare(chosen.a, chosen.b).catch(() => {
    status.textContent = '文件数据加载失败，请稍后重试。';
  });
} else status.textContent = '请选择两份文件，然后按“比较”。';
