/**
 * Traditional → simplified conversion of a query (OpenCC's t2s through
 * opencc-js). The dictionary is about 100 KB, so it is imported only when a
 * query needs it (see search-page.ts).
 */
let simplifier: Promise<(text: string) => string> | undefined;

export function loadSimplifier(): Promise<(text: string) => string> {
  simplifier ??= import('opencc-js/t2cn').then(({ Converter }) => Converter({ from: 't', to: 'cn' }));
  return simplifier;
}
