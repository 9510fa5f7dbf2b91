// Module preloads for the pages whose script must start at once (the search
// page: its first screen waits for the engine). A page's module script
// imports shared chunks, which import others: the browser finds each level
// only after fetching and parsing the one before, and the page's script
// (which starts the search) waits for the last level. Listed in the head as
// <link rel="modulepreload">, every chunk of the script's static imports is
// requested while the HTML arrives. Vite writes these links only for HTML
// it builds itself, not for Astro's pages; Astro has no option for them.
// So they are added to the built pages here, after the build, when the
// chunks have their names: the static imports are read with es-module-lexer
// (Vite's own reader); dynamic imports stay on demand. The page's own
// scripts are preloaded too, and all of them come first, right after the
// Content-Security-Policy (which must govern them): over HTTP/1.1's six
// connections a request waits for a free one, and the script that starts
// the search was requested after Pagefind's files and the document list,
// which nothing reads before it runs (at 1,000 documents it then started
// about 8 ms later).
// tests/browser/search/module-preloads.spec.ts checks that every script the
// page loads at start is preloaded before anything else, and nothing else.
import type { AstroIntegration } from 'astro';
import { init, parse } from 'es-module-lexer';
import { readFile, writeFile } from 'node:fs/promises';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** The module scripts a page's HTML loads (their src). */
function moduleScripts(html: string): string[] {
  const sources: string[] = [];
  visit(fromHtml(html), 'element', (node) => {
    const { type, src } = node.properties;
    if (node.tagName === 'script' && type === 'module' && typeof src === 'string') sources.push(src);
  });
  return sources;
}

/** Every chunk the scripts import statically, directly or not (site paths, in the order found). */
async function staticImports(dir: URL, scripts: readonly string[]): Promise<string[]> {
  await init;
  const found = new Set<string>();
  const queue = [...scripts];
  for (let script = queue.shift(); script !== undefined; script = queue.shift()) {
    const [imports] = parse(await readFile(new URL(`.${script}`, dir), 'utf8'), script);
    for (const { n: specifier, d: dynamic } of imports) {
      // d is -1 for a static import; a dynamic import() loads on demand.
      if (dynamic !== -1 || !specifier) continue;
      const path = new URL(specifier, `http://site${script}`).pathname;
      if (!found.has(path) && !scripts.includes(path)) {
        found.add(path);
        queue.push(path);
      }
    }
  }
  return [...found];
}

/** Adds the links to the page at `route` ("/search/"), right after its Content-Security-Policy. */
async function addPreloads(dir: URL, route: string): Promise<void> {
  const file = new URL(`.${route}index.html`, dir);
  const html = await readFile(file, 'utf8');
  const scripts = moduleScripts(html);
  const links = [...scripts, ...(await staticImports(dir, scripts))].map((path) => `<link rel="modulepreload" href="${path}">`).join('');
  const policy = html.indexOf('<meta http-equiv="Content-Security-Policy"');
  if (policy < 0) throw new Error(`module preloads: no Content-Security-Policy meta in ${route}`);
  const after = html.indexOf('>', policy) + 1;
  await writeFile(file, `${html.slice(0, after)}${links}${html.slice(after)}`);
}

export default function modulePreloads(routes: readonly string[]): AstroIntegration {
  return {
    name: 'sco:module-preloads',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await Promise.all(routes.map((route) => addPreloads(dir, route)));
      },
    },
  };
}
