/**
 * The reader's choice of script on document pages. The text is published in
 * simplified characters; 繁體 is a reading view converted in the browser
 * (OpenCC cn→tw, see script-switch.ts), remembered in localStorage.
 */
export type Script = 'simplified' | 'traditional';

export const SCRIPT_KEY = 'script';

/** Only a stored "traditional" switches the page; anything else (nothing, junk) reads as published. */
export function parseStoredScript(value: string | null): Script {
  return value === 'traditional' ? 'traditional' : 'simplified';
}
