// Browser only: the 相关段落 button of the paragraph action bar (wired by
// ReadingTools.astro). The list and its data load on first use, so a
// document page weighs what it weighed without it.
import { paragraphLabel } from './citation.ts';

export function enhanceRelated(): void {
  const article = document.querySelector<HTMLElement>('[data-reading]');
  if (!article) return;
  const slug = article.dataset.slug!;
  let list: Promise<typeof import('../compare/related-list.ts')> | undefined;

  const parts = () => {
    const panel = article.querySelector<HTMLElement>('[data-related-panel]');
    const button = article.querySelector<HTMLButtonElement>('button[data-related]');
    return panel && button ? { panel, button } : null;
  };

  function close() {
    const found = parts();
    if (!found) return;
    found.panel.hidden = true;
    found.panel.replaceChildren();
    delete found.panel.dataset.paragraph;
    found.button.setAttribute('aria-expanded', 'false');
  }

  article.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-related]');
    if (!button) return;
    const panel = parts()!.panel;
    const paragraph = button.closest<HTMLElement>('.paragraph')!;
    if (!panel.hidden) return close();
    const n = Number(paragraph.id.slice(1));
    panel.dataset.paragraph = paragraph.id;
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    panel.textContent = `正在查找${paragraphLabel({ from: n, to: n })}的相关段落……`;
    list ??= import('../compare/related-list.ts');
    try {
      const content = await (await list).relatedList(slug, n);
      // The reader may have moved on while the list loaded.
      if (panel.dataset.paragraph === paragraph.id) panel.replaceChildren(content);
    } catch {
      list = undefined;
      if (panel.dataset.paragraph === paragraph.id) panel.textContent = '相关段落加载失败，请稍后重试。';
    }
  });

  // The action bar moves to whichever paragraph is chosen next: the list belongs to the one it was opened on.
  const follow = () => {
    const found = parts();
    if (found?.panel.dataset.paragraph && found.panel.dataset.paragraph !== found.panel.closest('.paragraph')?.id) close();
  };
  article.addEventListener('click', follow);
  addEventListener('hashchange', follow);
}
