import type { SourceFile } from '../../content/source-file.ts';

type Role = SourceFile['regions'][number]['role'] | 'paragraph' | 'blank';

/** A run of consecutive source lines with one role, as the source view shows it. */
export interface SourceBlock {
  role: Role;
  /** What the run became (see blockLabel). */
  label?: string;
  /** First line number; the lines follow in order. */
  from: number;
  lines: string[];
  /** The paragraphs whose text comes from these lines. */
  paragraphs: number[];
  /** The block continues a paragraph that began in an earlier block (after a page break). */
  continued: boolean;
}

/**
 * The seed's lines cut into runs by what became of them: a region the
 * metadata or the normalizer names (title, provenance, chrome, page number…),
 * a paragraph's lines, or blank lines between them. A line inside a
 * paragraph's span that no region claims belongs to that paragraph (its
 * blank lines included); a region wins over the paragraph around it, so a
 * page number cuts a paragraph in two blocks.
 */
export function sourceBlocks({ lines, regions, paragraphs }: Pick<SourceFile, 'lines' | 'regions' | 'paragraphs'>): SourceBlock[] {
  const regionOf = new Map<number, SourceFile['regions'][number]>();
  for (const region of regions) for (let n = region.from; n <= region.to; n++) regionOf.set(n, region);
  const paragraphsOf = new Map<number, number>();
  for (const { n, line, to } of paragraphs) for (let l = line; l <= to; l++) paragraphsOf.set(l, n);

  const blocks: SourceBlock[] = [];
  const seen = new Set<number>();
  let lastKey: unknown;
  lines.forEach((text, i) => {
    const n = i + 1;
    const region = regionOf.get(n);
    const paragraph = paragraphsOf.get(n);
    const role: Role = region?.role ?? (paragraph !== undefined ? 'paragraph' : 'blank');
    // Lines stay in one block while they belong to the same region, or to the same paragraph, or are blank between.
    const key = region ?? paragraph ?? 'blank';
    if (key === lastKey) {
      blocks.at(-1)!.lines.push(text);
    } else {
      blocks.push({ role, label: region?.label, from: n, lines: [text], paragraphs: [], continued: false });
    }
    lastKey = key;
    const block = blocks.at(-1)!;
    // A region line can hold body text too: a dateline's line goes on as paragraph 1.
    if (paragraph !== undefined && text.trim() !== '' && !block.paragraphs.includes(paragraph) && (role === 'paragraph' || role === 'provenance')) {
      block.paragraphs.push(paragraph);
      if (seen.has(paragraph)) block.continued = true;
      seen.add(paragraph);
    }
  });
  return blocks;
}
