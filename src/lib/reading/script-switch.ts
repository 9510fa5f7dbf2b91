// Browser only: the 简体 / 繁體 switch of a document page (ScriptSwitch.astro).
// Traditional is converted here, on demand, with OpenCC's phrase
// dictionaries (opencc-js, cn→tw): a character table alone gets words wrong
// (头发 → 頭發, 皇后 → 皇後). The dictionaries (~450 KB gzip) are fetched only
// when a reader chooses 繁體, then cached by the browser; simplified readers
// pay nothing. "tw", not "twp": twp also swaps vocabulary (支持 → 支援,
// 信息 → 資訊), which would rewrite an official text.
import type { HTMLConvertHandler } from 'opencc-js/core';
import { parseStoredScript, SCRIPT_KEY, type Script } from './script-choice.ts';

/** The text parts of a document page that the switch converts: title, headings, contents, paragraphs, closing block. */
const CONVERTED_PARTS = ['#document-title', '.document-subtitle', '.toc', '.document-body', '.closing'];

const SOURCE_LANG = 'zh-CN';
const TRADITIONAL_LANG = 'zh-TW';

/**
 * Loaded by src/lib/page.ts when the stored choice is 繁體 or a button of
 * the switch is first pressed (`chosen`). `after`: what must change the
 * published text before it is converted (the search-hit marks). Returns
 * what runs a later change of the published text (`mark`) in that text.
 */
export function enhanceScriptSwitch(group: HTMLElement, after?: Promise<unknown>, chosen?: Script): (mark: () => void) => void {
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('button[data-script]')];
  let converters: Promise<HTMLConvertHandler[]> | undefined;
  // The handlers while the page shows traditional, for the synchronous hash-change listeners below.
  let shown: HTMLConvertHandler[] | undefined;

  // opencc-js converts the text nodes of elements in the source language and restores them exactly.
  const load = () =>
    (converters ??= import('opencc-js/cn2t').then(({ Converter, HTMLConverter }) => {
      const convert = Converter({ from: 'cn', to: 'tw' });
      return CONVERTED_PARTS.flatMap((selector) => [...document.querySelectorAll<HTMLElement>(selector)]).map((element) => {
        element.lang = SOURCE_LANG;
        return HTMLConverter(convert, element, SOURCE_LANG, TRADITIONAL_LANG);
      });
    }));

  const show = (script: Script) => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.script === script));
  };

  async function apply(script: Script) {
    show(script);
    if (script === 'simplified' && !converters) return;
    group!.setAttribute('aria-busy', 'true');
    try {
      await after?.catch(() => undefined);
      const handlers = await load();
      for (const handler of handlers) {
        if (script === 'traditional') handler.convert();
        else handler.restore();
      }
      shown = script === 'traditional' ? handlers : undefined;
    } catch {
      // The dictionaries could not be fetched (offline): the page stays as published.
      converters = undefined;
      show('simplified');
    } finally {
      group!.removeAttribute('aria-busy');
    }
  }

  const choose = (script: Script) => {
    localStorage.setItem(SCRIPT_KEY, script);
    void apply(script);
  };
  for (const button of buttons) button.addEventListener('click', () => choose(button.dataset.script as Script));
  if (chosen) choose(chosen);
  else void apply(parseStoredScript(localStorage.getItem(SCRIPT_KEY)));

  // A search landing marks terms in the published text, also on later hash changes: it gets that text, then it is converted again.
  return (mark) => {
    const handlers = shown;
    handlers?.forEach((handler) => handler.restore());
    mark();
    handlers?.forEach((handler) => handler.convert());
  };
}
