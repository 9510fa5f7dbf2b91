// The truth for term counts, by plain string scans of paragraph texts,
// independent of the search index and of src/lib/search and src/lib/trends.

/** Where `term` starts in `text`, every start (overlapping ones too: "哈哈" twice in "哈哈哈"). */
export function occurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) count += 1;
  return count;
}

export interface TermTruth {
  /** Paragraph numbers holding the term, ascending. */
  paragraphs: number[];
  occurrences: number;
}

/** Per document (slug), the term's paragraphs and occurrences in its paragraph records. */
export function termTruth(records: readonly { document: string; n: number; text: string }[], term: string): Map<string, TermTruth> {
  const truth = new Map<string, TermTruth>();
  for (const { document, n, text } of [...records].sort((a, b) => a.n - b.n)) {
    const entry = truth.get(document) ?? { paragraphs: [], occurrences: 0 };
    const found = occurrences(text.toLowerCase(), term);
    if (found > 0) entry.paragraphs.push(n);
    entry.occurrences += found;
    truth.set(document, entry);
  }
  return truth;
}

/** The length of a document's paragraph texts, in code points. */
export function characterCount(records: readonly { document: string; text: string }[], slug: string): number {
  return records.filter((record) => record.document === slug).reduce((sum, record) => sum + [...record.text].length, 0);
}
