import { init, parse } from 'es-module-lexer';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, elements, htmlPages, parsePage } from '../helpers/dist.ts';

// The browser bundle as src/integrations/plain-dynamic-imports.ts leaves it:
// Vite's preload helper replaced by a plain import(), which loads a module
// and its imports but never a stylesheet for it, and no preload lists.
const bundle = readdirSync(path.join(DIST, '_astro'));
const scripts = bundle.filter((file) => file.endsWith('.js'));
const read = (file: string) => readFileSync(path.join(DIST, '_astro', file), 'utf8');
/** A chunk's name without its hash: "lib" for lib.Dt2xfV6C.js. */
const chunkName = (file: string) => path.basename(file).replace(/\.[\w-]+\.js$/, '');

await init;
/** Every chunk `files` (in _astro/) import statically, directly or not, themselves included, by name. */
function staticClosure(files: readonly string[]): string[] {
  const found = new Set(files);
  for (const file of found) {
    for (const { n: specifier, d: dynamic } of parse(read(file))[0]) {
      if (dynamic === -1 && specifier) found.add(path.basename(specifier));
    }
  }
  return [...found].map(chunkName).sort();
}
/** The one chunk named `name` (a feature loaded on demand). */
const chunk = (name: string) => {
  const [file, ...others] = scripts.filter((script) => chunkName(script) === name);
  if (!file || others.length > 0) throw new Error(`expected one chunk named ${name} in dist/_astro`);
  return file;
};
const PAGE_SCRIPT = 'Base.astro_astro_type_script_index_0_lang';

describe('the browser bundle', () => {
  it('has no stylesheet file: pages inline theirs and a module loaded later brings its own', () => {
    expect(bundle.filter((file) => file.endsWith('.css'))).toEqual([]);
  });

  it('carries neither Vite’s preload helper nor its preload lists', () => {
    expect(scripts.length).toBeGreaterThan(5);
    // The helper adds <link rel="modulepreload"> elements; the lists are __vite__mapDeps.
    expect(scripts.filter((file) => /modulepreload|__vite__mapDeps/.test(read(file)))).toEqual([]);
  });

  it('gives a document page one script file to load, which imports nothing more until it is used', () => {
    const sources = elements(parsePage('2024-astana-declaration/index.html'), (element) => element.tagName === 'script').map((element) => String(element.properties.src));
    expect(sources).toHaveLength(1);
    expect(read(path.basename(sources[0]))).not.toMatch(/\bfrom\s*["']/);
    // Every page loads that same script.
    for (const page of htmlPages()) expect(elements(parsePage(page), (element) => element.tagName === 'script' && element.properties.src === sources[0]), page).toHaveLength(1);
  });

  // src/integrations/script-chunks.ts: three shared chunks instead of a chunk per set of importers.
  it('loads the search page in five files: its script, the page script and the lib, query and search chunks', () => {
    const sources = elements(parsePage('search/index.html'), (element) => element.tagName === 'script').map((element) => path.basename(String(element.properties.src)));
    expect(staticClosure(sources)).toEqual([PAGE_SCRIPT, 'lib', 'query', 'search', 'search.astro_astro_type_script_index_0_lang'].sort());
  });

  it('gives a reader’s features the site-wide chunk, a search hit’s marks the query chunk, and neither the engine', () => {
    for (const feature of ['paragraph-tools', 'related-list', 'copy-block', 'line-selection', 'script-switch']) {
      const loaded = staticClosure([chunk(feature)]);
      expect(loaded, feature).not.toContain('query');
      expect(loaded, feature).not.toContain('search');
    }
    expect(staticClosure([chunk('paragraph-tools')])).toEqual([PAGE_SCRIPT, 'lib', 'paragraph-tools'].sort());
    expect(staticClosure([chunk('landing')])).toEqual([PAGE_SCRIPT, 'landing', 'lib', 'query'].sort());
  });
});
