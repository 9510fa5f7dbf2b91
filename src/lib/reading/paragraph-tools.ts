// Browser only: everything JavaScript adds to a document page (loaded by
// src/lib/page.ts): paragraph runs from the address (#p12-p15), the notice
// for an anchor that names nothing, the copy actions and shift-click runs.
// The page reads fully without it.
import { decodeFragment, formatParagraphHash, paragraphId, parseParagraphHash, parseParagraphId, rangeBetween, type ParagraphRange } from '../anchor.ts';
import { localDay } from '../date.ts';
import { markRun, settleRun } from '../run-marks.ts';
import { createActionBar } from './action-bar.ts';
import { formatCitation, paragraphLabel } from './citation.ts';
import { PARAGRAPH, PARAGRAPH_NUMBER } from './markup.ts';
import { anchorNotice, copyStatus, type CopyKind } from './notices.ts';
import { enhanceRelated } from './related.ts';
import { runMode } from './run-mode.ts';
import { sourceControls } from './source-lines.ts';

export function enhanceReading(): void {
  const article = document.querySelector<HTMLElement>('[data-reading]');
  if (!article) return;
  const notice = document.querySelector<HTMLElement>('[data-reading-notice]')!;
  const actions = createActionBar();
  const status = actions.querySelector<HTMLElement>('[role="status"]')!;
  // The published (simplified) title, which 繁體 leaves alone; the date the document meta shows; the paragraphs on the page.
  const title = article.dataset.title!;
  const published = article.querySelector<HTMLTimeElement>('header time')!.dateTime;
  const count = article.querySelectorAll(PARAGRAPH).length;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href;
  const showSource = sourceControls(actions, article.dataset.slug!);
  const runs = runMode(actions, article, status);
  enhanceRelated(article);

  let selection: ParagraphRange | undefined;
  // Where a shift-click run starts: the paragraph last chosen on its own.
  let anchor: number | undefined;

  const paragraph = (n: number) => document.getElementById(paragraphId(n))!;

  function select(range: ParagraphRange | undefined) {
    markRun(article!, range, paragraph);
    selection = range;
    status.textContent = '';
    runs.end();
    if (!range) {
      actions.remove();
      return;
    }
    actions.setAttribute('aria-label', `${paragraphLabel(range)}：复制链接或引文`);
    paragraph(range.to).append(actions);
    showSource(range);
  }

  function followHash() {
    const target = parseParagraphHash(location.hash, count);
    notice.textContent = '';
    if (target.kind === 'paragraphs') {
      select(target.range);
      anchor = target.range.from;
      settleRun(target.range, formatParagraphHash(target.range), paragraph(target.range.from));
      return;
    }
    select(undefined);
    notice.textContent = anchorNotice(target, count, (id) => document.getElementById(id) !== null);
    if (notice.textContent) scrollTo(0, 0);
  }

  article.addEventListener('click', (event) => {
    const target = event.target as Element;
    const number = target.closest<HTMLAnchorElement>(PARAGRAPH_NUMBER);
    // In run mode (touch, keyboard) any paragraph ends the run, not only its number.
    const chosen = runs.active && !target.closest('.paragraph-actions') ? target.closest(PARAGRAPH)?.id : undefined;
    const clicked = number ? parseParagraphId(decodeFragment(number.hash)) : chosen && parseParagraphId(chosen);
    if (!clicked || !(event.shiftKey || runs.active) || anchor === undefined) return;
    // Shift-click would open the link in a new window; here it extends the selection instead.
    event.preventDefault();
    const range = rangeBetween(anchor, clicked.from);
    select(range);
    history.replaceState(null, '', formatParagraphHash(range));
  });

  actions.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    if (!button || !selection) return;
    const kind = button.dataset.copy as CopyKind;
    const url = new URL(formatParagraphHash(selection), canonical).href;
    const range = selection;
    try {
      await navigator.clipboard.writeText(kind === 'citation' ? formatCitation({ title, date: published }, range, url, localDay()) : url);
      status.textContent = copyStatus(kind, range, true);
    } catch {
      status.textContent = copyStatus(kind, range, false);
    }
  });

  addEventListener('hashchange', followHash);
  followHash();
}
