// Browser only: the #L33-L35 runs of a source view. A single line is the
// browser's own :target; a run is highlighted here, its first line scrolled
// to, and Shift+click on a line number extends the run as on reading pages.
import { decodeFragment, rangeBetween } from '../anchor.ts';
import { formatLineHash, lineId, parseLineHash, type LineRange } from '../source-anchor.ts';

export function enhanceSourceView(): void {
  const view = document.querySelector<HTMLElement>('[data-source-view]');
  if (!view) return;
  const count = Number(view.dataset.lineCount);
  const notice = view.querySelector<HTMLElement>('[data-line-notice]')!;
  let anchor: number | undefined;

  function select(range: LineRange | undefined) {
    for (const line of view!.querySelectorAll('.seed-line.is-selected')) line.classList.remove('is-selected');
    if (!range) return;
    for (let n = range.from; n <= range.to; n++) document.getElementById(lineId(n))!.classList.add('is-selected');
  }

  function followHash() {
    const range = parseLineHash(location.hash, count);
    notice.textContent = '';
    select(range);
    if (range) {
      anchor = range.from;
      const canonical = formatLineHash(range);
      if (location.hash !== canonical) history.replaceState(null, '', canonical);
      if (range.to > range.from) document.getElementById(lineId(range.from))!.scrollIntoView();
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
