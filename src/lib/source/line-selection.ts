// Browser only: the #L33-L35 runs of a source view. A single line is the
// browser's own :target; a run is highlighted here, its first line scrolled
// to, and Shift+click on a line number extends the run as on reading pages.
import { decodeFragment, rangeBetween } from '../anchor.ts';
import { markRun, settleRun } from '../run-marks.ts';
import { formatLineHash, lineId, parseLineHash, type LineRange } from '../source-anchor.ts';

export function enhanceSourceView(): void {
  const view = document.querySelector<HTMLElement>('[data-source-view]');
  if (!view) return;
  const count = Number(view.dataset.lineCount);
  const notice = view.querySelector<HTMLElement>('[data-line-notice]')!;
  let anchor: number | undefined;

  const line = (n: number) => document.getElementById(lineId(n))!;
  const select = (range: LineRange | undefined) => markRun(view, range, line);

  function followHash() {
    const range = parseLineHash(location.hash, count);
    notice.textContent = '';
    select(range);
    if (range) {
      anchor = range.from;
      settleRun(range, formatLineHash(range), line(range.from));
    } else if (/^L\d/.test(decodeFragment(location.hash))) {
      notice.textContent = `链接指向的行不存在：原文共${count}行。`;
    }
  }

  view.addEventListener('click', (event) => {
    const number = (event.target as Element).closest<HTMLAnchorElement>('.line-number');
    const clicked = number && parseLineHash(number.hash, count);
    if (!clicked || !event.shiftKey || anchor === undefined) return;
    event.preventDefault();
    const range = rangeBetween(anchor, clicked.from);
    select(range);
    history.replaceState(null, '', formatLineHash(range));
  });

  addEventListener('hashchange', followHash);
  followHash();
}
