// The markup of a reading page's body, as src/markdown/rehype-paragraph-anchors.ts
// writes it: <div class="paragraph" id="pN"><a href="#pN">N</a><p>…</p></div>.
// The number link has no class of its own: with 120 paragraphs a class is
// 0.1 KB of every page.

/** A paragraph of the body, with its number and text. */
export const PARAGRAPH = '.paragraph';
/** A paragraph's number, the link to itself. */
export const PARAGRAPH_NUMBER = '.paragraph > a';
