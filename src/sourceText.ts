/**
 * Where a piece of text first appears in a file, for messages about a theme or a template: a
 * designer gets `templates/default/theme.ts:31:29` and the line, like a deck mistake.
 */
import { readFileSync } from 'node:fs';
import type { Problem, SourcePlace } from './errors.ts';
import { displayPath } from './paths.ts';

export function placeOfText(files: readonly string[], needle: string): Pick<Problem, 'place' | 'sourceLine'> {
  const [found] = placesOfText(files, needle, 1);
  return found ?? { place: { file: displayPath(files[0] ?? 'a template'), line: 0, col: 0 } };
}

/**
 * The first line of the first file (that can be read) for which `match` gives a column (0-based,
 * in UTF-16 units); the place it returns counts columns in characters, from 1, like editors.
 */
export function findLine(files: readonly string[], match: (line: string) => number | undefined): (SourcePlace & { sourceLine: string }) | undefined {
  return matchingLines(files, match).next().value;
}

/** The lines of the files that have `needle`, in file order (the first `most` of them). */
export function placesOfText(files: readonly string[], needle: string, most = Infinity): Pick<Problem, 'place' | 'sourceLine'>[] {
  return placesWhere(files, (line) => (line.includes(needle) ? line.indexOf(needle) : undefined), most);
}

/** The lines of the files for which `match` gives a column (as for findLine), in file order. */
export function placesWhere(files: readonly string[], match: (line: string) => number | undefined, most = Infinity): Pick<Problem, 'place' | 'sourceLine'>[] {
  const places: Pick<Problem, 'place' | 'sourceLine'>[] = [];
  for (const found of matchingLines(files, match)) {
    places.push({ place: { file: displayPath(found.file), line: found.line, col: found.col }, sourceLine: found.sourceLine });
    if (places.length >= most) break;
  }
  return places;
}

function* matchingLines(files: readonly string[], match: (line: string) => number | undefined): Generator<SourcePlace & { sourceLine: string }, undefined> {
  for (const file of files) {
    let lines: string[];
    try {
      lines = readFileSync(file, 'utf8').split(/\r?\n/);
    } catch {
      continue;
    }
    for (const [i, sourceLine] of lines.entries()) {
      const at = match(sourceLine);
      if (at !== undefined) yield { file, line: i + 1, col: Array.from(sourceLine.slice(0, at)).length + 1, sourceLine };
    }
  }
  return undefined;
}
