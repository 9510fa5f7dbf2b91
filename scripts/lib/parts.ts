import type { Part } from './metadata.ts';
import type { SourceLine } from './paragraphs.ts';
import { SeedError } from './errors.ts';

export type Role = Part['role'] | 'body';

export interface Region {
  role: Role;
  part?: Part;
  lines: SourceLine[];
}

/**
 * Splits the lines of a seed into regions by the parts its metadata names;
 * every line no part claims is body. A provenance part with a `prefix`
 * claims only that text at the start of its line (a news dateline that runs
 * into the first paragraph), leaving the rest of the line to the body.
 */
export function splitRegions(text: string, parts: readonly Part[], file: string): Region[] {
  const lines = text.split('\n').map((line, i) => ({ line: i + 1, text: line }));
  const owner = new Array<Part | undefined>(lines.length);
  for (const part of parts) {
    if (part.lines.to > lines.length) {
      throw new SeedError(file, `part "${part.role}" names line ${part.lines.to}, but the file has ${lines.length} lines`);
    }
    for (let n = part.lines.from; n <= part.lines.to; n++) {
      if (owner[n - 1]) throw new SeedError(file, `line ${n} is claimed by two parts`, n);
      owner[n - 1] = part;
    }
  }

  const regions: Region[] = [];
  const push = (role: Role, line: SourceLine, part?: Part) => {
    const last = regions.at(-1);
    if (last && last.part === part && last.role === role) last.lines.push(line);
    else regions.push({ role, part, lines: [line] });
  };
  for (const [i, sourceLine] of lines.entries()) {
    const part = owner[i];
    if (part?.role === 'provenance' && part.prefix) {
      const trimmed = sourceLine.text.trimStart();
      if (!trimmed.startsWith(part.prefix)) {
        throw new SeedError(file, `line does not start with the prefix "${part.prefix}"`, sourceLine.line);
      }
      push('provenance', { line: sourceLine.line, text: part.prefix }, part);
      push('body', { line: sourceLine.line, text: trimmed.slice(part.prefix.length) });
    } else if (part) {
      push(part.role, sourceLine, part);
    } else {
      push('body', sourceLine);
    }
  }
  return regions;
}
