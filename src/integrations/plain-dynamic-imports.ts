// Plain dynamic imports in the browser bundle. Vite wraps every import() in
// a preload helper (1.7 KB, 0.8 KB gzip, in a chunk of its own that every
// page loads) and lists each imported module's chunks for it, so that they
// are fetched in parallel. Our pages import a feature only on a reader's
// action (src/lib/page.ts), its chunks are a few hundred bytes, and its
// styles come with it as text (src/lib/lazy-styles.ts): a plain import() is
// enough, and every page is 1 KB and one request lighter. Vite has an option
// for the lists (modulePreload: false) but keeps the helper, so this answers
// for the helper's module with a one-line function, put in the script of
// every page. tests/build/browser-bundle.test.ts checks that all of it
// holds.
import type { AstroIntegration } from 'astro';

/** The id under which Vite 8 asks for its preload helper. */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';
const PLAIN_HELPER = 'export const __vitePreload = (load) => load();';
/** The script of every page: Base.astro's. */
const PAGE_SCRIPT = /Base\.astro\?astro&type=script/;

export default function plainDynamicImports(): AstroIntegration {
  return {
    name: 'sco:plain-dynamic-imports',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            // Before script-chunks.ts's groups (priority): the page script keeps its modules, so it stays one file.
            build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'page', priority: 3, test: (id: string) => id === PRELOAD_HELPER_ID || PAGE_SCRIPT.test(id) }] } } } },
            plugins: [
              {
                name: 'sco:plain-preload-helper',
                enforce: 'pre',
                apply: 'build',
                resolveId: (id: string) => (id === PRELOAD_HELPER_ID ? id : undefined),
                load: (id: string) => (id === PRELOAD_HELPER_ID ? PLAIN_HELPER : undefined),
              },
            ],
          },
        });
      },
      // Astro builds the browser bundle as Vite's client environment, configured here.
      'astro:build:setup': ({ vite }) => {
        const client = vite.environments?.client;
        if (client?.build) client.build.modulePreload = false;
      },
    },
  };
}
