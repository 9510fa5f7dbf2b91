// The one way this project talks to Pagefind's Node API (the site's index
// and the benches' bare-Pagefind baseline): every call's `errors` is checked,
// after Starlight's integrations/pagefind.ts, and the service is always closed.
import * as pagefind from 'pagefind';
import type { CustomRecord, PagefindIndex, PagefindServiceConfig } from 'pagefind';

export interface CheckedIndex {
  addCustomRecord(record: CustomRecord): Promise<void>;
  /** Indexes every HTML file under `path`; returns the page count. */
  addDirectory(path: string): Promise<number>;
  writeFiles(outputPath: string): Promise<void>;
}

function checked<T extends { errors: string[] }>(response: T, call: string): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${call} failed:\n${response.errors.map((error) => `  ${error}`).join('\n')}`);
  }
  return response;
}

/**
 * Runs `use` with a new index and closes the Pagefind service afterwards,
 * whatever happens. `environment` holds variables Pagefind reads only from
 * the environment (set for the call, then restored).
 */
export async function withPagefindIndex<T>(
  config: PagefindServiceConfig,
  use: (index: CheckedIndex) => Promise<T>,
  environment: Record<string, string> = {},
): Promise<T> {
  const saved = Object.fromEntries(Object.keys(environment).map((name) => [name, process.env[name]]));
  Object.assign(process.env, environment);
  try {
    const { index } = checked(await pagefind.createIndex(config), 'createIndex') as { index: PagefindIndex };
    return await use({
      addCustomRecord: async (record) => void checked(await index.addCustomRecord(record), `addCustomRecord(${record.url})`),
      addDirectory: async (path) => checked(await index.addDirectory({ path }), `addDirectory(${path})`).page_count,
      writeFiles: async (outputPath) => void checked(await index.writeFiles({ outputPath }), 'writeFiles'),
    });
  } finally {
    await pagefind.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
