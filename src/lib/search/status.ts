/** What the status line says about a search (announced politely to screen readers). */
export interface StatusFacts {
  query: string;
  simplified?: string;
  /** Paragraphs found, all facets ignored. */
  total: number;
  /** Paragraphs and documents the chosen facets keep. */
  selected: number;
  documents: number;
  filtered: boolean;
  /** The counts are upper bounds from the index (a term with punctuation), not yet checked against the texts. */
  approximate: boolean;
}

export function statusMessage({ query, simplified, total, selected, documents, filtered, approximate }: StatusFacts): string {
  const about = approximate ? '约 ' : '';
  const note = simplified ? `已按简体“${simplified.trim()}”检索。` : '';
  const unfiltered = filtered ? `（不筛选时共 ${about}${total} 段）` : '';
  if (total === 0) return `${note}未找到包含“${query.trim()}”的段落。`;
  if (selected === 0) return `${note}筛选条件下未找到段落${unfiltered}。`;
  return `${note}共找到 ${about}${selected} 段，分布于 ${about}${documents} 篇文献${unfiltered}。`;
}

/** The label of the button that shows the next page of hits. */
export function moreLabel(shown: number, selected: number, approximate: boolean): string {
  return `显示更多段落（已显示 ${shown} 段，共 ${approximate ? '约 ' : ''}${selected} 段）`;
}
