// Browser only: the header search box. "/" focuses it; focusing it starts
// loading the search engine, so that results come quickly. Nothing of the
// engine is downloaded before that.

/** Inputs where "/" is not typed text. */
const NON_TEXT_INPUTS = ['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit'];

function isEditable(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable);
}

export function enhanceSearchBoxes(): void {
  const inputs = [...document.querySelectorAll<HTMLInputElement>('form[data-search-box] input[name="q"]')];
  if (inputs.length === 0) return;
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
    event.preventDefault();
    inputs[0].focus();
  });
  const warmUp = () => {
    import('./engine.ts').then(({ loadEngine }) => loadEngine()).catch(() => {
      // The search page reports a failure when a search needs the engine.
    });
  };
  for (const input of inputs) input.addEventListener('focus', warmUp, { once: true });
}
