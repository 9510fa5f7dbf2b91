/** What the search page shows once its results are on screen. */
export interface OnScreen {
  /** performance.now() in the page at that frame. */
  at: number;
  /** The results region's data-total ("0" when absent). */
  total: string;
  approximate: boolean;
}

/**
 * In-page helper (source text, since tsx rewrites the functions it compiles):
 * `(query) => Promise<OnScreen>`, resolving the moment the results for
 * `query` are on screen, that is the frame after the results region of the
 * search page stops being busy with that query.
 */
export const RESULTS_ON_SCREEN = `(query) => new Promise((resolve) => {
  const observer = new MutationObserver(() => check());
  function check() {
    const region = document.getElementById('search-results');
    if (region?.dataset.query !== query || region.getAttribute('aria-busy') !== 'false') return;
    observer.disconnect();
    requestAnimationFrame(() => resolve({ at: performance.now(), total: region.dataset.total ?? '0', approximate: region.hasAttribute('data-total-approximate') }));
  }
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy', 'data-query'] });
  check();
})`;
