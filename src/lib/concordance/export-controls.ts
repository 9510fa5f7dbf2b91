// Browser only: the 导出 CSV / 导出 JSON controls of the search results. The
// exporter (export.ts) loads on the first press; while it reads the texts a
// progress bar says how far it is, and 取消 stops it.
import type { Query } from '../query/parse.ts';
import type { DocumentMatch } from '../search/matches.ts';
import { fetchTextFile } from '../search/texts.ts';

/** What an export needs of the search on screen. */
export interface ExportSource {
  query: string;
  matches: readonly DocumentMatch[];
  /** The query, parsed. */
  parsed: Query;
  documentsSearched: number;
}

function part<T extends Element>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: no ${selector} in #${root.id}`);
  return element;
}

/** The reader's calendar day, YYYY-MM-DD: the day of the export in the file's name. */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((value, i) => String(value).padStart(i ? 2 : 4, '0')).join('-');
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download may still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Wires the controls in `root`: buttons [data-export="csv|json"], the
 * progress part [data-export-progress] (a <progress> and a 取消 button) and a
 * status [data-export-status]. `current` gives the search on screen.
 */
export function enhanceExportControls(root: HTMLElement, current: () => Promise<ExportSource | undefined>): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-export]')];
  const progressPart = part<HTMLElement>(root, '[data-export-progress]');
  const bar = part<HTMLProgressElement>(progressPart, 'progress');
  const cancel = part<HTMLButtonElement>(progressPart, 'button');
  const status = part<HTMLElement>(root, '[data-export-status]');
  const site = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.origin;
  const siteBuilt = root.dataset.built ?? '';
  let controller: AbortController | undefined;

  cancel.addEventListener('click', () => controller?.abort());
  for (const button of buttons) {
    button.addEventListener('click', async () => {
      const format = button.dataset.export === 'json' ? 'json' : 'csv';
      const source = await current();
      if (!source || controller) return;
      controller = new AbortController();
      for (const other of buttons) other.disabled = true;
      progressPart.hidden = false;
      bar.removeAttribute('value');
      status.textContent = '正在读取段落……';
      try {
        const { exportCsv, exportJson, exportFileName } = await import('./export.ts');
        const request = {
          ...source,
          site,
          readFile: fetchTextFile,
          signal: controller.signal,
          onProgress: (read: number, total: number) => {
            bar.max = total;
            bar.value = read;
            status.textContent = `正在读取段落：${read} / ${total}`;
          },
        };
        const { blob, rows } =
          format === 'csv' ? await exportCsv(request) : await exportJson(request, { exportedAt: new Date().toISOString(), siteBuilt, documentsSearched: source.documentsSearched });
        const name = exportFileName(source.query, today(), format);
        download(blob, name);
        status.textContent = `已导出 ${rows} 处（${name}）。`;
      } catch (error) {
        if (controller.signal.aborted) status.textContent = '已取消导出。';
        else {
          console.error(error);
          status.textContent = '导出未能完成：有段落未能读取。请检查网络连接后重试。';
        }
      } finally {
        controller = undefined;
        progressPart.hidden = true;
        for (const other of buttons) other.disabled = false;
      }
    });
  }
}
