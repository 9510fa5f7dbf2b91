export type Theme = 'light' | 'dark';

/** The key under which the reader's choice persists in localStorage. */
export const THEME_KEY = 'theme';

/** A stored value is only trusted if it names a theme; anything else means "follow the system". */
export function parseStoredTheme(value: string | null): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** The theme in effect: the reader's choice if any, else the system's. */
export function effectiveTheme(stored: Theme | undefined, systemPrefersDark: boolean): Theme {
  return stored ?? (systemPrefersDark ? 'dark' : 'light');
}
