import type { SourceFile } from '../../src/content/source-file.ts';
import type { NormalizedDocument } from './document.ts';

/** What the source view and the per-paragraph notes need of a normalized document (schema: src/content/source-file.ts). */
export function sourceFile(document: NormalizedDocument): SourceFile {
  const { source, metadata, paragraphs } = document;
  return {
    slug: metadata.slug,
    title: metadata.title,
    file: source.file,
    traditional: document.convertedFromTraditional,
    lines: source.lines,
    regions: source.regions,
    paragraphs: paragraphs.map(({ text, ...provenance }) => provenance),
  };
}
