import { describe, expect, it } from 'vitest';
import { parseStoredScript } from '../../../src/lib/reading/script-choice.ts';

describe('parseStoredScript', () => {
  it('switches only for a stored "traditional"', () => {
    expect(parseStoredScript('traditional')).toBe('traditional');
    expect(parseStoredScript('simplified')).toBe('simplified');
    expect(parseStoredScript(null)).toBe('simplified');
    expect(parseStoredScript('tw')).toBe('simplified');
  });
});
