// Browser only: the action bar of a chosen paragraph or run, and its styles.
// Made here, with the paragraph tools, rather than sent in every page's HTML
// and CSS: a reader who never chooses a paragraph never downloads it. The
// class ignore-opencc keeps the 繁體 switch to the text, not the interface.
import styles from '../../styles/paragraph-tools.css?inline';
import { addStylesOnce } from '../lazy-styles.ts';

const MARKUP = `<div class="paragraph-actions ignore-opencc" role="group">
<button class="button" type="button" data-copy="link">复制链接</button>
<button class="button" type="button" data-copy="citation">复制引文</button>
<button class="button" type="button" aria-pressed="false" data-run-mode>选多段</button>
<button class="button" type="button" data-related aria-expanded="false" aria-controls="related-panel">相关段落</button>
<a class="button" href="" data-source-link>原文</a>
<button class="button" type="button" aria-expanded="false" aria-controls="normalization-note" data-normalization>本段整理说明</button>
<span class="copy-status" role="status"></span>
<span class="hint">Shift+点击另一段的段号可选中多段</span>
<div class="related-panel" id="related-panel" data-related-panel hidden></div>
<ul class="normalization-note" id="normalization-note" hidden data-normalization-note></ul>
</div>`;

/** A new action bar, not yet in the page; the first call also adds its styles to the page. */
export function createActionBar(): HTMLElement {
  addStylesOnce('paragraph-tools', styles);
  const template = document.createElement('template');
  template.innerHTML = MARKUP;
  return template.content.firstElementChild as HTMLElement;
}
