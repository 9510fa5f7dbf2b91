// citeproc 2.4.63 ships no types; this is the part tests/helpers/citeproc.ts uses.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  export class Engine {
    constructor(sys: Sys, style: string, lang?: string);
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [Record<string, unknown>, string[]];
    makeCitationCluster(items: { id: string; locator?: string; label?: string }[]): string;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
