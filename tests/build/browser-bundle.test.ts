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
});
