// Browser only: the copy buttons of the citation block (CiteDocument.astro).
// The citations are in the page already; this fills in the reader's access
// date and copies. Without JavaScript the block still shows every format.
import { localDay } from '../date.ts';

export function enhanceCitationBlock(): void {
  const block = document.querySelector<HTMLElement>('[data-cite]');
  if (!block) return;
  const status = block.querySelector<HTMLElement>('[data-cite-status]')!;
  const today = localDay();
  for (const time of block.querySelectorAll<HTMLTimeElement>('time[data-accessed]')) {
    time.dateTime = today;
    time.textContent = today;
  }
  for (const button of block.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) button.hidden = false;

  block.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy-target]');
    if (!button) return;
    const source = document.getElementById(button.dataset.copyTarget!)!;
    const label = button.closest('dd')!.previousElementSibling!.textContent;
    try {
      await navigator.clipboard.writeText(source.textContent!);
      status.textContent = `已复制 ${label} 格式的引文`;
    } catch {
      status.textContent = `无法复制，请手动选取 ${label} 引文`;
    }
  });
}
