// Browser only: the columns of a table[data-sortable] sort when their header
// is pressed. The table is complete and ordered without it; the script adds
// a button to each header marked data-sort ("number" or "text") and keeps
// aria-sort on the one in use. A cell's data-value, if any, is its sort key.

export type SortKind = 'number' | 'text';

/** The order of two cells' keys in a column of this kind, ascending. */
export function compareCells(kind: SortKind, a: string, b: string): number {
  return kind === 'number' ? Number(a) - Number(b) : a.localeCompare(b, 'zh');
}

export function enhanceSortableTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const headers = [...table.tHead!.rows[0].cells];
    const body = table.tBodies[0];
    headers.forEach((header, column) => {
      const kind = header.dataset.sort as SortKind | undefined;
      if (!kind) return;
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'instruments-sort' });
      button.append(...header.childNodes);
      header.append(button);
      button.addEventListener('click', () => {
        // Numbers sort largest first on the first press, text from the start.
        const first = kind === 'number' ? 'descending' : 'ascending';
        const current = header.getAttribute('aria-sort');
        const direction = current ? (current === 'ascending' ? 'descending' : 'ascending') : first;
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', direction);
        const key = (row: HTMLTableRowElement) => {
          const cell = row.cells[column];
          return cell.dataset.value ?? cell.textContent ?? '';
        };
        const sign = direction === 'ascending' ? 1 : -1;
        // Array sort is stable: rows with equal keys keep the order they had.
        const rows = [...body.rows].sort((a, b) => sign * compareCells(kind, key(a), key(b)));
        body.append(...rows);
        table.caption?.replaceChildren(`按${button.textContent}${direction === 'ascending' ? '升序' : '降序'}排列`);
      });
    });
  }
}
