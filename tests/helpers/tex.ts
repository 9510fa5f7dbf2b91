import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * TeX Live's own BibTeX and biblatex styles of GB/T 7714-2015, run on our
 * .bib files where the machine has them (Debian: texlive-bibtex-extra for
 * gbt7714 and biblatex-gb7714-2015, biber; biblatex also needs
 * texlive-latex-extra and texlive-luatex).
 * Too large for CI's time budget, so the tests that use them say, in their
 * name, why they were skipped.
 */

/** The path kpsewhich finds for a TeX file, or undefined (no TeX Live, or not installed). */
export function kpsewhich(file: string): string | undefined {
  try {
    return execFileSync('kpsewhich', [file], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function inTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt7714-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The .bbl that `bibtex` writes with a .bst for the entries of a .bib (one
 * run for all of them), each entry read as text the way TeX typesets it: a
 * line end and \newblock are a space, \allowbreak is only a place to break,
 * \url{…} is its address, braces group and vanish. By citation key.
 */
export function bibtexEntries(bib: string, keys: string[], style: string): Map<string, string> {
  return inTempDir((dir) => {
    writeFileSync(path.join(dir, 'refs.bib'), bib);
    writeFileSync(path.join(dir, 'main.aux'), ['\\relax', ...keys.map((key) => `\\citation{${key}}`), `\\bibstyle{${style}}`, '\\bibdata{refs}', ''].join('\n'));
    execFileSync('bibtex', ['-terse', 'main'], { cwd: dir });
    const bbl = readFileSync(path.join(dir, 'main.bbl'), 'utf8');
    const items = bbl.slice(bbl.indexOf('\\bibitem'), bbl.indexOf('\\end{thebibliography}')).split(/(?=\\bibitem)/);
    return new Map(
      items.map((item) => {
        const [, key] = /^\\bibitem(?:\[[^\]]*\])?\{([^}]*)\}/.exec(item)!;
        const text = item
          .replace(/^\\bibitem(\[[^\]]*\])?\{[^}]*\}/, '')
          .replace(/\\url\{([^}]*)\}/g, '$1')
          .replace(/\\allowbreak\b/g, '')
          .replace(/\\newblock\b/g, ' ')
          .replace(/[{}]/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        return [key, text];
      }),
    );
  });
}

/**
 * Hands every paragraph LuaLaTeX builds to a function that writes its
 * characters out, a line each, before the font code (luaotfload) makes
 * glyphs of them: the text as typeset, whatever macros made it, and no font
 * with Chinese glyphs needed (LaTeX warns of the missing glyphs; the
 * characters are what is read). A space is an interword space (glue of
 * subtype spaceskip or xspaceskip); other glue (the style's thin space
 * between "(date)" and "[access date]", the label's separation, the break
 * points of a URL) is spacing, not text. Boxes (the label "[1]", brackets)
 * are read inside.
 */
const COLLECT_LUA = `
local out = io.open('paragraphs.txt', 'w')
local glyph, glue, hlist, vlist = node.id('glyph'), node.id('glue'), node.id('hlist'), node.id('vlist')
local spaceskip, xspaceskip = 13, 14
local function text(head)
  local t = {}
  for n in node.traverse(head) do
    if n.id == glyph then t[#t + 1] = utf8.char(n.char)
    elseif n.id == glue and (n.subtype == spaceskip or n.subtype == xspaceskip) then t[#t + 1] = ' '
    elseif n.id == hlist or n.id == vlist then t[#t + 1] = text(n.head) end
  end
  return table.concat(t)
end
luatexbase.add_to_callback('pre_linebreak_filter', function(head)
  out:write(text(head), '\\n')
  out:flush()
  return true
end, 'collect')
luatexbase.declare_callback_rule('pre_linebreak_filter', 'collect', 'before', 'luaotfload.node_processor')
`;

/**
 * What the 2015 numeric style of biblatex-gb7714-2015 (through biber)
 * typesets for the entries of a .bib, as text, an entry a line (its label
 * "[1]" first), in the order cited: one LaTeX document for all of them.
 */
export function biblatexEntries(bib: string, keys: string[]): string[] {
  return inTempDir((dir) => {
    writeFileSync(path.join(dir, 'refs.bib'), bib);
    writeFileSync(path.join(dir, 'collect.lua'), COLLECT_LUA);
    writeFileSync(
      path.join(dir, 'main.tex'),
      [
        '\\documentclass{article}',
        '\\usepackage[backend=biber,style=gb7714-2015]{biblatex}',
        '\\addbibresource{refs.bib}',
        '\\defbibheading{none}{}',
        '\\begin{document}',
        '\\directlua{dofile("collect.lua")}',
        ...keys.map((key) => `\\nocite{${key}}`),
        '\\printbibliography[heading=none]',
        '\\end{document}',
        '',
      ].join('\n'),
    );
    // Its terminal output (a "Missing character" line for every Chinese character) is not read: on an error, main.log says what.
    const latex = () => {
      try {
        execFileSync('lualatex', ['-interaction=nonstopmode', '-halt-on-error', 'main.tex'], { cwd: dir, stdio: 'ignore' });
      } catch (error) {
        const log = readFileSync(path.join(dir, 'main.log'), 'utf8');
        throw new Error(`lualatex failed: ${log.slice(log.indexOf('\n!')).slice(0, 600)}`, { cause: error });
      }
    };
    latex();
    execFileSync('biber', ['--quiet', 'main'], { cwd: dir, stdio: 'pipe' });
    latex();
    return readFileSync(path.join(dir, 'paragraphs.txt'), 'utf8')
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  });
}
