// Browser only: the one script every page loads (wired in Base.astro). What
// each page needs at once is bundled here; the rest is imported on first use,
// so a reader who only reads downloads one small file:
// - the paragraph tools when the address names a paragraph, the hash
//   changes or the reader first touches the text, never before;
// - the search-hit marks when the address carries ?hl=;
// - the 繁體 conversion when the reader chose it;
// - the #L runs on source views;
// - the citation block's copy buttons and fetched formats when it is opened.
// One entry for every page, so nothing the pages share is split into a chunk of its own.
import { PARAGRAPH_NUMBER } from './reading/markup.ts';
import { parseStoredScript, SCRIPT_KEY, type Script } from './reading/script-choice.ts';
import { enhanceSearchBoxes } from './search/search-box.ts';
import { enhanceThemeToggle } from './theme/toggle.ts';

enhanceThemeToggle();
enhanceSearchBoxes();

const article = document.querySelector<HTMLElement>('[data-reading]');
if (article) {
  let reading: Promise<void> | undefined;
  let ready = false;
  const loadReading = () =>
    (reading ??= import('./reading/paragraph-tools.ts').then(({ enhanceReading }) => {
      enhanceReading();
      ready = true;
    }));
  if (location.hash) void loadReading();
  else addEventListener('hashchange', () => void loadReading(), { once: true });
  // The first touch of the text starts loading them; a Shift+click that comes before they are there waits for them.
  article.addEventListener('pointerdown', () => void loadReading(), { once: true });
  article.addEventListener('click', (event) => {
    const number = (event.target as Element).closest(PARAGRAPH_NUMBER);
    if (ready || !number || !event.shiftKey) return;
    event.preventDefault();
    void loadReading().then(() => number.dispatchEvent(new MouseEvent('click', event)));
  });

  // Terms are marked in the published text; the 繁體 switch converts after, marks and all,
  // and hands later markings the published text (inPublishedText).
  // A document page has a query string only when a search hit links to it (?hl=…).
  let inPublishedText = (mark: () => void) => mark();
  const landing = location.search
    ? import('./search/landing.ts').then(({ markLanding }) => {
        markLanding();
        addEventListener('hashchange', () => inPublishedText(markLanding));
      })
    : undefined;
  // The 简体 / 繁體 switch shows at once; its code comes when the stored choice or a press needs it.
  const scriptSwitch = document.querySelector<HTMLElement>('[data-script-switch]');
  if (scriptSwitch) {
    let started = false;
    const start = (chosen?: Script) => {
      started = true;
      void import('./reading/script-switch.ts').then(({ enhanceScriptSwitch }) => {
        inPublishedText = enhanceScriptSwitch(scriptSwitch, landing, chosen);
      });
    };
    scriptSwitch.hidden = false;
    if (parseStoredScript(localStorage.getItem(SCRIPT_KEY)) === 'traditional') start();
    scriptSwitch.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-script]');
      if (button && !started) start(button.dataset.script as Script);
    });
  }
}

document.querySelector('details[data-cite]')?.addEventListener(
  'toggle',
  () => void import('./citation/copy-block.ts').then(({ enhanceCitationBlock }) => enhanceCitationBlock()),
  { once: true },
);

if (document.querySelector('[data-source-view]')) {
  void import('./source/line-selection.ts').then(({ enhanceSourceView }) => enhanceSourceView());
}
