// Browser only: the compare view (src/pages/compare.astro). Reads ?a=&b=,
// has a worker (compare-worker.ts: the only place the diff library loads)
// fetch, align and diff the two documents, and shows each pair with its
// differences, a slice at a time, so that the page answers input throughout.
import { decodeFragment } from '../anchor.ts';
import { requireElement } from '../element.ts';
import { formatChineseDate } from '../date.ts';
import { countRows, type AlignedRow } from './align.ts';
import type { CompareRequest, CompareResponse, Comparison } from './compare-worker.ts';
import { KIND_NAMES, renderRow, SIDE_NAMES } from './compare-view.ts';
import type { DocumentFile } from './document-file.ts';

const form = document.querySelector<HTMLFormElement>('.compare-form')!;
const status = requireElement('compare-status');
const result = requireElement('compare-result');
const rowsList = requireElement('compare-rows');
const filter = requireElement('compare-changed-only', HTMLInputElement);
const menus = { a: form.elements.namedItem('a') as HTMLSelectElement, b: form.elements.namedItem('b') as HTMLSelectElement };

function showFilter() {
  rowsList.classList.toggle('changed-only', filter.checked);
}

function heading(file: DocumentFile, side: 'a' | 'b') {
  return `${SIDE_NAMES[side]}：${file.title}（${formatChineseDate(file.date)}）`;
}

function showSummary(rows: readonly AlignedRow[]) {
  const counts = countRows(rows);
  requireElement('compare-summary').replaceChildren(
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

function compareInWorker(request: CompareRequest): Promise<Comparison> {
  const worker = new Worker(new URL('./compare-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Comparison>((resolve, reject) => {
    worker.addEventListener('message', ({ data }: MessageEvent<CompareResponse>) => ('error' in data ? reject(new Error(data.error)) : resolve(data)));
    worker.addEventListener('error', (event) => reject(new Error(`compare worker: ${event.message}`)));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** Lets the browser handle input and paint between slices of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
/** The longest a slice of rendering may hold the main thread, ms (a long task starts at 50). */
const SLICE_MS = 10;

async function compare(a: string, b: string) {
  status.textContent = '正在比较……';
  const { files, rows, diffs } = await compareInWorker({ a, b });
  requireElement('compare-result-title').textContent = `${heading(files.a, 'a')} 与 ${heading(files.b, 'b')}`;
  showSummary(rows);
  rowsList.replaceChildren();
  showFilter();
  status.textContent = '';
  result.hidden = false;
  // Rows are added below what is on screen (the page holds a screen's height from the start), in slices.
  let sliceStart = performance.now();
  for (const [i, row] of rows.entries()) {
    rowsList.append(renderRow(row, files.a, files.b, diffs[i]));
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
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
  compare(chosen.a, chosen.b).catch((error: unknown) => {
    console.error(error);
    status.textContent = '文件数据加载失败，请稍后重试。';
  });
} else status.textContent = '请选择两份文件，然后按“比较”。';
