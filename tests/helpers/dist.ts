import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

export const DIST = path.join(import.meta.dirname, '../../dist');

/** Every HTML page of the built site, as paths relative to dist/. */
export function htmlPages(): string[] {
  return (readdirSync(DIST, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();
}

const trees = new Map<string, Root>();
export function parsePage(file: string): Root {
  if (!trees.has(file)) trees.set(file, fromHtml(readFileSync(path.join(DIST, file), 'utf8')));
  return trees.get(file)!;
}

export function elements(tree: Root, test: (element: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

/** The file that serves a site path: /x/ → x/index.html, /x.css → x.css; undefined if none. */
export function fileForPath(sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath).replace(/^\//, '');
  for (const candidate of [clean, path.join(clean, 'index.html')]) {
    const full = path.join(DIST, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return undefined;
}
