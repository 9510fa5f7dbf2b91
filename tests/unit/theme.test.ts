import { describe, expect, it } from 'vitest';
import { effectiveTheme, parseStoredTheme } from '../../src/lib/theme/theme.ts';

describe('parseStoredTheme', () => {
  it('accepts only the two theme names', () => {
    expect(parseStoredTheme('dark')).toBe('dark');
    expect(parseStoredTheme('light')).toBe('light');
    expect(parseStoredTheme(null)).toBeUndefined();
    expect(parseStoredTheme('sepia')).toBeUndefined();
  });
});

describe('effectiveTheme', () => {
  it('follows the system until the reader chooses', () => {
    expect(effectiveTheme(undefined, true)).toBe('dark');
    expect(effectiveTheme(undefined, false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('dark', false)).toBe('dark');
  });
});
