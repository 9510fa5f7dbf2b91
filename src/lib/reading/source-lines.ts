// Browser only: the source controls of the paragraph action bar — a link to
// the chosen paragraphs' lines in the source view (/{slug}/source/#L27-L29)
// and, on demand, what normalization did to them. Where each paragraph came
// from is fetched (notes.json) the first time a paragraph is chosen, so the
// reading page itself carries none of it.
import type { ParagraphRange } from '../anchor.ts';
import type { ParagraphSource } from '../../content/source-file.ts';
import { lineLabel } from '../source-anchor.ts';
import { fetchSiteFile } from '../site-file.ts';
import { sourceNotesPath, sourcePath } from '../urls.ts';
import { paragraphLabel } from './citation.ts';
import { describeNormalization } from './normalization-note.ts';

export function sourceControls(actions: HTMLElement, slug: string): (range: ParagraphRange) => void {
  const link = actions.querySelector<HTMLAnchorElement>('[data-source-link]')!;
  const toggle = actions.querySelector<HTMLButtonElement>('[data-normalization]')!;
  const note = actions.querySelector<HTMLElement>('[data-normalization-note]')!;
  let sources: Promise<Map<number, ParagraphSource> | undefined> | undefined;
  let current: ParagraphRange | undefined;

  const load = () =>
    (sources ??= fetchSiteFile(sourceNotesPath(slug))
      .then((response) => response.json())
      .then(({ paragraphs }: { paragraphs: ParagraphSource[] }) => new Map(paragraphs.map((paragraph) => [paragraph.n, paragraph])))
      // Offline or missing: the link still opens the source view at its top.
      .catch(() => undefined));

  async function render(range: ParagraphRange) {
    const byNumber = await load();
    if (range !== current) return;
    const first = byNumber?.get(range.from);
    const last = byNumber?.get(range.to);
    if (first && last) {
      const lines = { from: first.line, to: last.to };
      link.href = sourcePath(slug, lines);
      link.textContent = `原文${lineLabel(lines)}`;
    }
    note.replaceChildren(
      ...(byNumber
        ? Array.from({ length: range.to - range.from + 1 }, (_, i) => {
            const paragraph = byNumber.get(range.from + i)!;
            const item = document.createElement('li');
            item.textContent = `${range.to > range.from ? `${paragraphLabel(paragraph.n)}：` : ''}${describeNormalization(paragraph).join('；')}。`;
            return item;
          })
        : [Object.assign(document.createElement('li'), { textContent: '整理说明暂时无法载入。' })]),
    );
  }

  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    note.hidden = !open;
  });

  return (range) => {
    current = range;
    link.href = sourcePath(slug);
    link.textContent = '原文';
    toggle.setAttribute('aria-expanded', 'false');
    note.hidden = true;
    note.replaceChildren();
    void render(range);
  };
}
