// Browser only: the 相关段落 button of the paragraph action bar (wired by
// paragraph-tools.ts). Everything else, the list and its data, loads on first
// use (src/lib/compare/related-list.ts), so a document page weighs about what
// it weighed without it.
export function enhanceRelated(article: HTMLElement): void {
  article.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-related]');
    if (!button) return;
    import('../compare/related-list.ts').then(
      ({ toggleRelated }) => toggleRelated(article, button),
      () => {
        const panel = button.parentElement!.querySelector<HTMLElement>('[data-related-panel]')!;
        panel.hidden = false;
        panel.textContent = '相关段落加载失败，请稍后重试。';
      },
    );
  });
}
