// Browser only, loaded on first use of the 相关段落 button (src/lib/reading/related.ts):
// the panel under the action bar listing the related paragraphs of the chosen
// paragraph, from its document's related file.
import { parseParagraphId } from '../anchor.ts';
import { formatChineseDate } from '../date.ts';
import { paragraphLabel } from '../reading/citation.ts';
import { PARAGRAPH } from '../reading/markup.ts';
import { fetchSiteFile, readOnce } from '../site-file.ts';
import { compareUrl, paragraphPath, relatedDataPath } from '../urls.ts';
import type { RelatedFile } from './related.ts';
import { percent } from './similarity.ts';

const load = readOnce(async (slug): Promise<RelatedFile> => (await fetchSiteFile(relatedDataPath(slug))).json());

/** The list of paragraph n's related paragraphs, each with its similarity, its permalink and the comparison of the two documents at that pair. */
async function relatedList(slug: string, n: number): Promise<HTMLElement> {
  const file = await load(slug);
  const related = file.paragraphs[n] ?? [];
  const label = paragraphLabel(n);
  const section = document.createElement('section');
  section.setAttribute('aria-label', `${label}的相关段落`);
  const title = document.createElement('p');
  title.className = 'related-title';
  title.textContent = related.length
    ? `${label}的相关段落（其他文件中最相似的段落，相似度不低于 ${percent(file.threshold)}）`
    : `其他文件中没有与${label}相似度达到 ${percent(file.threshold)} 的段落。`;
  section.append(title);
  if (!related.length) return section;
  const date = file.date;
  const list = document.createElement('ol');
  list.className = 'related-list';
  for (const paragraph of related) {
    const other = file.documents[paragraph.document];
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = paragraphPath(paragraph.document, paragraph.n);
    link.textContent = `${other.title}（${formatChineseDate(other.date)}）${paragraphLabel(paragraph.n)}`;
    // The comparison runs from the earlier document to the later one, at this paragraph.
    const earlier = other.date < date || (other.date === date && paragraph.document < slug);
    const compare = document.createElement('a');
    compare.href = earlier ? compareUrl(paragraph.document, slug, { side: 'b', n }) : compareUrl(slug, paragraph.document, { side: 'a', n });
    compare.textContent = '逐段比较';
    compare.setAttribute('aria-label', `逐段比较：本文件与${other.title}（${formatChineseDate(other.date)}）`);
    item.append(link, ` 相似度 ${percent(paragraph.similarity)} · `, compare);
    list.append(item);
  }
  section.append(list);
  return section;
}

/** The panel and its button in the action bar, while a paragraph is chosen. */
function panelParts(article: HTMLElement) {
  const panel = article.querySelector<HTMLElement>('[data-related-panel]');
  const button = article.querySelector<HTMLButtonElement>('button[data-related]');
  return panel && button ? { panel, button } : null;
}

function close(article: HTMLElement) {
  const parts = panelParts(article);
  if (!parts) return;
  parts.panel.hidden = true;
  parts.panel.replaceChildren();
  delete parts.panel.dataset.paragraph;
  parts.button.setAttribute('aria-expanded', 'false');
}

const following = new WeakSet<HTMLElement>();

/** The action bar moves to whichever paragraph is chosen next: the list belongs to the one it was opened on. */
function follow(article: HTMLElement) {
  if (following.has(article)) return;
  following.add(article);
  const check = () => {
    const panel = panelParts(article)?.panel;
    if (panel?.dataset.paragraph && panel.dataset.paragraph !== panel.closest(PARAGRAPH)?.id) close(article);
  };
  article.addEventListener('click', check);
  addEventListener('hashchange', check);
}

/** Opens the related paragraphs of the paragraph holding `button`, or closes them if open. */
export async function toggleRelated(article: HTMLElement, button: HTMLButtonElement): Promise<void> {
  follow(article);
  const { panel } = panelParts(article)!;
  if (!panel.hidden) return close(article);
  const paragraph = button.closest<HTMLElement>(PARAGRAPH)!;
  const n = parseParagraphId(paragraph.id)!.from;
  panel.dataset.paragraph = paragraph.id;
  panel.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  panel.textContent = `正在查找${paragraphLabel(n)}的相关段落……`;
  const content = await relatedList(article.dataset.slug!, n).catch(() => '相关段落加载失败，请稍后重试。');
  // The reader may have moved on while the list loaded.
  if (panel.dataset.paragraph === paragraph.id) panel.replaceChildren(content);
}
