// Browser only: the styles of a feature that loads on use (the action bar,
// the search-hit marks) come with its module, imported as text (`?inline`),
// rather than in every page's CSS. The CSP allows inline styles.

/** Adds `css` to the page once, under `name`. */
export function addStylesOnce(name: string, css: string): void {
  if (document.head.querySelector(`style[data-styles="${name}"]`)) return;
  const style = document.createElement('style');
  style.dataset.styles = name;
  style.textContent = css;
  document.head.append(style);
}
