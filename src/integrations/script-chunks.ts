// Fewer, larger shared chunks in the browser bundle. Rolldown's automatic
// splitting gives every set of scripts sharing a module a chunk of its own:
// the search page loaded 15 files (its script, the page script and 13
// chunks of a few hundred bytes each), the paragraph tools 10. Each request
// costs a few milliseconds of the browser's time, and the search page's
// first screen waits for the last one. So three groups (Rolldown's
// codeSplitting.groups), each of modules that load together anyway:
// - `lib`: the small modules of the whole site (addresses, anchors, dates,
//   citations, fetching), which reading features and search both use;
// - `query`: the query language and its matching, which a document page
//   reached from a search hit needs to mark the terms (search/landing.ts);
// - `search`: the engine and the results (search, trends pages).
// A reader's feature thus loads `lib` (about 2 KB gzip) and never the
// engine. Left out of every group: page wiring (`*-page.ts`; a chunk's
// modules all run when it loads, and wiring must run only on its page), and
// modules only reached by import() (a feature loads when it is used). The
// page script of every page stays one file: plain-dynamic-imports.ts groups
// it first. tests/build/browser-bundle.test.ts checks what each page and
// feature loads.
import type { AstroIntegration } from 'astro';

/** The part of Rolldown's chunking context used here. */
interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[]; dynamicImporters: readonly string[] } | null;
}

const SEARCH_FOLDERS = /\/src\/lib\/(search|query|concordance)\//;
/** The page script of every page (src/lib/page.ts), which imports the document pages' features. */
const PAGE_SCRIPT = /\/src\/lib\/page\.ts$/;

/** The folder of a module under src/lib ('' for its top level), undefined for any other module. */
function featureOf(id: string): string | undefined {
  const match = /\/src\/lib\/(?:([\w-]+)\/)?[\w-]+\.ts$/.exec(id);
  return match ? (match[1] ?? '') : undefined;
}

/** Ours, not page wiring, and imported statically by some module. */
function shareable(id: string, graph: ModuleGraph): boolean {
  return featureOf(id) !== undefined && !/(^|[/-])page\.ts$/.test(id) && (graph.getModuleInfo(id)?.importers.length ?? 0) > 0;
}

/** At the top of src/lib, or imported from more than one feature folder. */
function siteWide(id: string, graph: ModuleGraph): boolean {
  return featureOf(id) === '' || new Set(graph.getModuleInfo(id)!.importers.map(featureOf)).size > 1;
}

/** Whether a document page may load the module: a feature the page script imports on demand reaches it. */
function onDocumentPages(id: string, graph: ModuleGraph, seen = new Set<string>()): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  const info = graph.getModuleInfo(id);
  if (!info) return false;
  return info.dynamicImporters.some((importer) => PAGE_SCRIPT.test(importer)) || info.importers.some((importer) => onDocumentPages(importer, graph, seen));
}

/** The group of a module, or null for Rolldown's own splitting. */
export function chunkGroup(id: string, graph: ModuleGraph): 'lib' | 'query' | 'search' | null {
  if (!shareable(id, graph)) return null;
  if (!SEARCH_FOLDERS.test(id)) return siteWide(id, graph) ? 'lib' : null;
  return onDocumentPages(id, graph) ? 'query' : 'search';
}

export default function scriptChunks(): AstroIntegration {
  const group = (name: 'lib' | 'query' | 'search', priority: number) => ({
    name: (id: string, graph: ModuleGraph) => (chunkGroup(id, graph) === name ? name : null),
    // Higher first: a module `search` would take as a dependency stays in the group that readers load.
    priority,
  });
  return {
    name: 'sco:script-chunks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { rolldownOptions: { output: { codeSplitting: { groups: [group('lib', 2), group('query', 1), group('search', 0)] } } } } } });
      },
    },
  };
}
