import { describe, expect, it } from 'vitest';
import { chunkGroup } from '../../../src/integrations/script-chunks.ts';

// A small module graph as Rolldown reports it: importers (static) and dynamic importers of each module.
const lib = (name: string) => `/site/src/lib/${name}.ts`;
const graph = new Map<string, { importers: string[]; dynamicImporters: string[] }>([
  [lib('page'), { importers: ['/site/src/layouts/Base.astro?astro&type=script&index=0&lang.ts'], dynamicImporters: [] }],
  [lib('urls'), { importers: [lib('search/search-page'), lib('reading/paragraph-tools')], dynamicImporters: [] }],
  [lib('reading/paragraph-tools'), { importers: [], dynamicImporters: [lib('page')] }],
  [lib('reading/action-bar'), { importers: [lib('reading/paragraph-tools')], dynamicImporters: [] }],
  [lib('reading/citation'), { importers: [lib('reading/paragraph-tools'), lib('search/links')], dynamicImporters: [] }],
  [lib('search/landing'), { importers: [], dynamicImporters: [lib('page')] }],
  [lib('search/links'), { importers: [lib('search/landing'), lib('search/search-page')], dynamicImporters: [] }],
  [lib('query/parse'), { importers: [lib('search/links')], dynamicImporters: [] }],
  [lib('search/engine'), { importers: [lib('search/search-page')], dynamicImporters: [lib('search/search-box')] }],
  [lib('search/search-page'), { importers: ['/site/src/pages/search.astro?astro&type=script&index=0&lang.ts'], dynamicImporters: [] }],
  [lib('trends/trends-page'), { importers: ['/site/src/pages/trends.astro?astro&type=script&index=0&lang.ts'], dynamicImporters: [] }],
  ['/site/node_modules/opencc-js/dist/esm/t2cn.js', { importers: [lib('search/simplify')], dynamicImporters: [] }],
]);
const context = { getModuleInfo: (id: string) => graph.get(id) ?? null };

describe('chunkGroup', () => {
  it('puts the small modules of the whole site in lib: top-level ones and those two feature folders import', () => {
    expect(chunkGroup(lib('urls'), context)).toBe('lib');
    expect(chunkGroup(lib('reading/citation'), context)).toBe('lib');
  });

  it('leaves a module of one feature with that feature', () => {
    expect(chunkGroup(lib('reading/action-bar'), context)).toBeNull();
  });

  it('puts search modules a document page may load (through a feature the page script imports) in query, the others in search', () => {
    expect(chunkGroup(lib('search/links'), context)).toBe('query');
    expect(chunkGroup(lib('query/parse'), context)).toBe('query');
    expect(chunkGroup(lib('search/engine'), context)).toBe('search');
  });

  it('groups no page wiring, no module only reached by import(), nothing outside src/lib', () => {
    for (const id of [lib('page'), lib('search/search-page'), lib('trends/trends-page'), lib('reading/paragraph-tools'), lib('search/landing'), '/site/node_modules/opencc-js/dist/esm/t2cn.js']) {
      expect(chunkGroup(id, context), id).toBeNull();
    }
  });
});
