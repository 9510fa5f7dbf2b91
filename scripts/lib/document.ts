import { applyCorrections } from './corrections.ts';
import { decodeSeed } from './decode.ts';
import { SeedError } from './errors.ts';
import type { Correction, SeedMetadata } from './metadata.ts';
import { endsParagraph, joinLines, rebuildParagraphs, type SourceLine } from './paragraphs.ts';
import { splitRegions, type Region } from './parts.ts';
import { toSimplified } from './script.ts';
import { UnpairedQuoteError } from './text/quotes.ts';
import { normalizeInline } from './text/index.ts';

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

export interface NormalizedDocument {
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
}

const MARKDOWN_HEADING = /^\s*#{1,6}\s+/;
const SIGNATURE_MARK = /（签名）$/;

/** A seed file and its metadata → the structured, normalized document. */
export function normalizeDocument(bytes: Uint8Array, metadata: SeedMetadata, file: string): NormalizedDocument {
  const { parts, corrections, script, paragraphBreaks, ...documentMetadata } = metadata;
  const decoded = decodeSeed(bytes, file);
  const simplified = script === 'traditional' ? toSimplified(decoded) : decoded;
  const text = applyCorrections(simplified, corrections, file);
  const regions = splitRegions(text, parts, file);

  const inline = (raw: string, line: number) => {
    try {
      return normalizeInline(raw);
    } catch (error) {
      if (error instanceof UnpairedQuoteError) throw new SeedError(file, error.message, line);
      throw error;
    }
  };
  const nonBlank = (lines: SourceLine[]) => lines.filter(({ text }) => text.trim() !== '');
  const regionText = (region: Region) => inline(joinLines(nonBlank(region.lines)), region.lines[0].line);

  const document: NormalizedDocument = {
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
  for (const region of regions) {
    const first = region.lines[0].line;
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
      continue;
    }
    if (block.type === 'heading') {
      document.headings.push({ text: inline(block.raw, block.line), line: block.line, before: document.paragraphs.length + 1 });
      continue;
    }
    const last = block.lines.at(-1)!.line;
    const paragraphText = inline(joinLines(block.lines), block.lines[0].line);
    if (!endsParagraph(paragraphText)) {
      throw new SeedError(file, `paragraph ends mid-sentence ("…${paragraphText.slice(-12)}"); mark the lines after it as a part, or fix the source`, last);
    }
    document.paragraphs.push({
      n: document.paragraphs.length + 1,
      text: paragraphText,
      line: block.lines[0].line,
      to: last,
      pageBreakJoins: block.joinedAcrossBlank,
    });
  }
  if (document.paragraphs.length === 0) throw new SeedError(file, 'no body paragraph was found');
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
