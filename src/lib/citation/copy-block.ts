// Browser only: the citation block (CiteDocument.astro) once it is opened.
// Fills in the reader's access date, shows the document's BibTeX, RIS and
// CSL-JSON files (the download links marked data-shown) in the block, and
// copies. Without JavaScript the block still shows GB/T 7714 (without the
// access date) and Chicago and links to every file.
import { localDay } from '../date.ts';
import { fetchSiteFile } from '../site-file.ts';
import { formatAccessed } from './gbt7714.ts';

/** The copy button of a format's text (none in the HTML: without JavaScript there is nothing to copy with). */
function copyButton(label: string, id: string): HTMLButtonElement {
  const button = document.createElement('button');
  Object.assign(button, { className: 'button', type: 'button', textContent: '复制' });
  button.dataset.copyTarget = id;
  button.ariaLabel = `复制 ${label} 引文`;
  return button;
}

/** The entry of a format: its name, its text, and a copy button. */
function entry(label: string, id: string, text: string): HTMLElement[] {
  const term = document.createElement('dt');
  term.textContent = label;
  const pre = document.createElement('pre');
  pre.id = id;
  pre.textContent = text;
  const description = document.createElement('dd');
  description.append(pre, copyButton(label, id));
  return [term, description];
}

/** The files in the order of their links, each once it has come; RIS keeps the CRLF its format asks for in the file, not on screen. */
async function showFiles(block: HTMLElement, status: HTMLElement): Promise<void> {
  const list = block.querySelector('dl')!;
  const links = [...block.querySelectorAll<HTMLAnchorElement>('a[data-shown]')];
  const texts = await Promise.all(
    links.map((link) =>
      fetchSiteFile(link.pathname)
        .then(async (response) => (await response.text()).replaceAll('\r\n', '\n'))
        .catch(() => undefined),
    ),
  );
  links.forEach((link, i) => {
    const label = link.dataset.shown!;
    const text = texts[i];
    if (text === undefined) status.textContent = `${label} 未能载入，请用下方链接下载`;
    else list.append(...entry(label, `cite-${label.toLowerCase()}`, text));
  });
}

export function enhanceCitationBlock(): void {
  const block = document.querySelector<HTMLElement>('[data-cite]');
  if (!block) return;
  const status = block.querySelector<HTMLElement>('[data-cite-status]')!;
  for (const slot of block.querySelectorAll<HTMLElement>('[data-accessed]')) slot.textContent = formatAccessed(localDay());
  // The styles written into the page (GB/T 7714, Chicago): their buttons after their text.
  for (const pre of block.querySelectorAll<HTMLPreElement>('dd > pre[id]')) pre.after(copyButton(pre.closest('dd')!.previousElementSibling!.textContent!, pre.id));
  void showFiles(block, status);

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
