/**
 * Where a piece of text first appears in a file, for messages about a theme or a template: a
 * designer gets `templates/default/theme.ts:31:29` and the line, like a deck mistake.
 */
import { readFileSync } from 'node:fs';
import type { Problem, SourcePlace } from './errors.ts';
import { displayPath } from './paths.ts';

export function placeOfText(files: readonly string[], needle: string): Pick<Problem, 'place' | 'sourceLine'> {
  for (const file of files) {
    let lines: string[];
    try {
      lines = readFileSync(file, 'utf8').split(/\r?\n/);
    } catch {
      continue;
    }
    const line = lines.findIndex((l) => l.includes(needle));
    const sourceLine = lines[line];
    if (sourceLine === undefined) continue;
    const col = Array.from(sourceLine.slice(0, sourceLine.indexOf(needle))).length + 1;
    return { place: { file: displayPath(file), line: line + 1, col }, sourceLine };
  }
  const place: SourcePlace = { file: displayPath(files[0] ?? 'a template'), line: 0, col: 0 };
  return { place };
}
