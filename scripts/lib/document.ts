import { correctText, type AppliedCorrection } from './corrections.ts';
import { decodeSeed } from './decode.ts';
import { SeedError } from './errors.ts';
import type { Correction, SeedMetadata } from './metadata.ts';
import { endsParagraph, joinLines, rebuildParagraphs, type SourceLine } from './paragraphs.ts';
import { splitRegions, type Region } from './parts.ts';
import { toSimplified } from './script.ts';
import { UnpairedQuoteError } from './text/quotes.ts';
import { traceInline, type InlineChange } from './text/index.ts';

export interface Located {
  line: number;
}
export interface Heading extends Located {
  text: string;
  /** Number of the first paragraph under this heading. */
  before: number;
}
export interface Paragraph extends Located {
  n: number;
  text: string;
  /** Last source line of the paragraph. */
  to: number;
  /** Source lines that were joined to the paragraph across a blank line (page breaks). */
  pageBreakJoins: number[];
  /** Page numbers dropped between its lines (their line numbers). */
  pageNumbers: number[];
  /** What the inline rules changed in it. */
  changes: InlineChange[];
  /** Whether OpenCC changed any character of its lines. */
  fromTraditional: boolean;
  /** The metadata corrections applied to its lines. */
  corrections: AppliedCorrection[];
  /** Text at the start of its first line set aside as provenance (a news dateline). */
  prefix?: { text: string; label: string };
}
export interface Signatory extends Located {
  title: string;
  name: string;
  /** The "（签名）" note of a UN copy, kept apart from the name. */
  mark?: string;
}
export interface Provenance extends Located {
  label: string;
  paragraphs: string[];
}
export interface Removal extends Located {
  rule: 'chrome' | 'page-number' | 'markdown-heading-marker';
  reason: string;
  text: string;
}

/** A run of source lines that is not body text: a part the metadata names, a page number or a section heading. */
export interface SourceRegion {
  role: Exclude<Region['role'], 'body'> | 'page-number' | 'heading';
  from: number;
  to: number;
  /** A provenance label or the reason chrome was dropped. */
  label?: string;
}

export interface NormalizedDocument {
  /** The seed as committed: its path from the project root, its lines (decoded, LF ends) and what each run of them became. */
  source: { file: string; lines: string[]; regions: SourceRegion[] };
  metadata: Omit<SeedMetadata, 'parts' | 'corrections' | 'script' | 'paragraphBreaks'>;
  titleLine?: number;
  subtitle?: string;
  convertedFromTraditional: boolean;
  corrections: Correction[];
  provenance: Provenance[];
  removals: Removal[];
  headings: Heading[];
  paragraphs: Paragraph[];
  signatories: Signatory[];
  closingDate?: { text: string; line: number };
  /** The day the seed or its metadata was last committed (see revisions.ts), when the build runs in a git checkout. */
  revised?: string;
}

const MARKDOWN_HEADING = /^\s*#{1,6}\s+/;
const SIGNATURE_MARK = /（签名）$/;

/** A seed file and its metadata → the structured, normalized document. */
export function normalizeDocument(bytes: Uint8Array, metadata: SeedMetadata, file: string): NormalizedDocument {
  const { parts, corrections, script, paragraphBreaks, ...documentMetadata } = metadata;
  const decoded = decodeSeed(bytes, file);
  const simplified = script === 'traditional' ? toSimplified(decoded) : decoded;
  const { text, applied } = correctText(simplified, corrections, file);
  const sourceLines = decoded.split('\n');
  const simplifiedLines = simplified.split('\n');
  if (simplifiedLines.length !== sourceLines.length) throw new SeedError(file, 'conversion from traditional changed the number of lines');
  const regions = splitRegions(text, parts, file);

  const traced = (raw: string, line: number) => {
    try {
      return traceInline(raw);
    } catch (error) {
      if (error instanceof UnpairedQuoteError) throw new SeedError(file, error.message, line);
      throw error;
    }
  };
  const inline = (raw: string, line: number) => traced(raw, line).text;
  const nonBlank = (lines: SourceLine[]) => lines.filter(({ text }) => text.trim() !== '');
  const regionText = (region: Region) => inline(joinLines(nonBlank(region.lines)), region.lines[0].line);

  const document: NormalizedDocument = {
    // A final line break ends the last line; it does not start another one.
    source: { file, lines: decoded.endsWith('\n') ? sourceLines.slice(0, -1) : sourceLines, regions: [] },
    metadata: documentMetadata,
    convertedFromTraditional: script === 'traditional',
    corrections,
    provenance: [],
    removals: [],
    headings: [],
    paragraphs: [],
    signatories: [],
  };

  const bodyLines: SourceLine[] = [];
  const datelines = new Map<number, { text: string; label: string }>();
  for (const region of regions) {
    const first = region.lines[0].line;
    if (region.role !== 'body') {
      const part = region.part!;
      const label = part.role === 'provenance' ? part.label : part.role === 'chrome' ? part.reason : undefined;
      document.source.regions.push({ role: region.role, from: first, to: region.lines.at(-1)!.line, ...(label && { label }) });
    }
    switch (region.role) {
      case 'body':
        bodyLines.push(...region.lines);
        break;
      case 'title': {
        const [marker] = region.lines[0].text.match(MARKDOWN_HEADING) ?? [];
        if (marker) {
          document.removals.push({ rule: 'markdown-heading-marker', reason: 'Markdown 标题符号，转换工具所加', text: marker.trim(), line: first });
        }
        const title = inline(joinLines(nonBlank(region.lines)).replace(MARKDOWN_HEADING, ''), first);
        if (title !== metadata.title) {
          throw new SeedError(file, `the title line reads "${title}" but the metadata title is "${metadata.title}"`, first);
        }
        document.titleLine = first;
        break;
      }
      case 'subtitle':
        document.subtitle = regionText(region);
        break;
      case 'closing-date':
        document.closingDate = { text: regionText(region), line: first };
        break;
      case 'signatories':
        document.signatories.push(...readSignatories(nonBlank(region.lines), inline, file));
        break;
      case 'provenance':
        if (region.part?.role === 'provenance' && region.part.prefix) datelines.set(first, { text: region.part.prefix, label: region.part.label });
        document.provenance.push({
          label: region.part!.role === 'provenance' ? region.part!.label : '',
          line: first,
          paragraphs: rebuildParagraphs(region.lines, paragraphBreaks).map((block) =>
            // Provenance keeps everything it holds: a lone number or numeral there is text.
            block.type === 'paragraph' ? inline(joinLines(block.lines), block.lines[0].line) : inline(block.raw, block.line),
          ),
        });
        break;
      case 'chrome':
        document.removals.push({
          rule: 'chrome',
          reason: region.part!.role === 'chrome' ? region.part!.reason : '',
          text: nonBlank(region.lines).map(({ text }) => text.trim()).join('\n'),
          line: first,
        });
        break;
    }
  }

  for (const block of rebuildParagraphs(bodyLines, paragraphBreaks)) {
    if (block.type === 'page-number') {
      document.removals.push({ rule: 'page-number', reason: '排版页码，不属于正文', text: block.raw.trim(), line: block.line });
      document.source.regions.push({ role: 'page-number', from: block.line, to: block.line });
      continue;
    }
    if (block.type === 'heading') {
      document.headings.push({ text: inline(block.raw, block.line), line: block.line, before: document.paragraphs.length + 1 });
      document.source.regions.push({ role: 'heading', from: block.line, to: block.line });
      continue;
    }
    const last = block.lines.at(-1)!.line;
    const first = block.lines[0].line;
    const { text: paragraphText, changes } = traced(joinLines(block.lines), first);
    if (!endsParagraph(paragraphText)) {
      throw new SeedError(file, `paragraph ends mid-sentence ("…${paragraphText.slice(-12)}"); mark the lines after it as a part, or fix the source`, last);
    }
    document.paragraphs.push({
      n: document.paragraphs.length + 1,
      text: paragraphText,
      line: first,
      to: last,
      pageBreakJoins: block.joinedAcrossBlank,
      pageNumbers: [],
      changes,
      fromTraditional: block.lines.some(({ line }) => simplifiedLines[line - 1] !== sourceLines[line - 1]),
      corrections: applied.filter(({ line, to }) => line <= last && to >= first),
      prefix: datelines.get(first),
    });
  }
  if (document.paragraphs.length === 0) throw new SeedError(file, 'no body paragraph was found');
  // Page numbers come out of rebuildParagraphs after the paragraph they interrupt.
  const pageNumbers = document.removals.filter(({ rule }) => rule === 'page-number').map(({ line }) => line);
  for (const paragraph of document.paragraphs) {
    paragraph.pageNumbers = pageNumbers.filter((line) => line > paragraph.line && line < paragraph.to);
  }
  return document;
}

function readSignatories(lines: SourceLine[], inline: (raw: string, line: number) => string, file: string): Signatory[] {
  if (lines.length % 2 !== 0) {
    throw new SeedError(file, `signatories come as title and name lines, but ${lines.length} lines were found`, lines[0]?.line);
  }
  const signatories: Signatory[] = [];
  for (let i = 0; i < lines.length; i += 2) {
    const title = inline(lines[i].text, lines[i].line);
    const fullName = inline(lines[i + 1].text, lines[i + 1].line);
    const mark = fullName.match(SIGNATURE_MARK)?.[0];
    signatories.push({ title, name: mark ? fullName.slice(0, -mark.length) : fullName, mark, line: lines[i].line });
  }
  return signatories;
}
