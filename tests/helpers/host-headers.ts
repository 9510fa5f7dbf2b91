// A `_headers` file (dist/_headers, src/lib/headers-file.ts) read as a static
// host applies it — Cloudflare Pages' rules: every matching rule in order,
// "! Name" detaching a header an earlier rule set — with a parser of the
// tests' own, so that the file is checked by something other than its writer.
// The benches' server (bench/lib/serve.ts) sends these headers too.
import { readFileSync } from 'node:fs';

interface Rule {
  pattern: RegExp;
  lines: string[];
}

/** The headers a host sends for each path of a site, from its `_headers` file. */
export type HostHeaders = (sitePath: string) => Map<string, string>;

export function readHostHeaders(file: string): HostHeaders {
  const rules: Rule[] = readFileSync(file, 'utf8')
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const [pattern, ...lines] = block.split('\n');
      const source = pattern.split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*');
      return { pattern: new RegExp(`^${source}$`), lines: lines.map((line) => line.trim()) };
    });
  return (sitePath) => {
    const headers = new Map<string, string>();
    for (const rule of rules.filter(({ pattern }) => pattern.test(sitePath))) {
      for (const line of rule.lines) {
        if (line.startsWith('!')) headers.delete(line.slice(1).trim().toLowerCase());
        else {
          const [name, ...value] = line.split(':');
          headers.set(name.trim().toLowerCase(), value.join(':').trim());
        }
      }
    }
    return headers;
  };
}
