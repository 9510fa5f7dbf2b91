// Browser only: the light/dark switch of ThemeToggle.astro. Without
// JavaScript the page simply follows the system, so the button stays hidden
// until this makes it work.
//
// Module scripts run once the document is parsed, usually before first
// paint; a reader whose choice differs from the system may still see one
// frame in the system theme. A blocking inline script would avoid it, but
// the Content-Security-Policy forbids inline scripts.
import { effectiveTheme, parseStoredTheme, THEME_KEY } from './theme.ts';

export function enhanceThemeToggle(): void {
  const root = document.documentElement;
  const system = matchMedia('(prefers-color-scheme: dark)');
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');

  function apply() {
    const stored = parseStoredTheme(localStorage.getItem(THEME_KEY));
    if (stored) root.dataset.theme = stored;
    button?.setAttribute('aria-pressed', String(effectiveTheme(stored, system.matches) === 'dark'));
  }

  apply();
  system.addEventListener('change', apply);
  if (button) {
    button.hidden = false;
    button.addEventListener('click', () => {
      localStorage.setItem(THEME_KEY, button.getAttribute('aria-pressed') === 'true' ? 'light' : 'dark');
      apply();
    });
  }
}
