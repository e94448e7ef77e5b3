/**
 * A line that holds only a mark or two (`\`, `1.`, `;`), left by a slip of the keyboard
 * between a deck's keys and items: YAML read it as a key without its value or as the start of
 * a text, and said "implicit map keys need to be followed by map values" there or at the line
 * below. Named as what it is.
 */
import type { Problem } from '../errors.ts';
import { lineAbove, lineBelow } from './listIndent.ts';

/** For a line YAML rejected: it, or the line above it (YAML may blame the line after). */
export function loneTokenProblem(file: string, line: number, lines: readonly string[]): { problem: Problem; lines: number[] } | undefined {
  for (const at of [line, lineAbove(lines, line) + 1]) {
    const text = lines[at - 1] ?? '';
    const token = /^\s*([^\s:#'"-][^\s:]{0,2})\s*$/.exec(text)?.[1];
    // Letters may be a text without its "- " (`다섯`), which listIndent.ts names as such.
    if (token === undefined || /\p{L}/u.test(token)) continue;
    const below = lineBelow(lines, at);
    return {
      problem: {
        place: { file, line: at, col: text.indexOf(token) + 1 },
        message: `this line holds only "${token}", which is neither a key nor a list item: YAML cannot read it here`,
        hint: 'Delete the line, or write what it was meant to be (a bullet is "- " and its text).',
        sourceLine: text,
      },
      lines: below === undefined ? [at] : [at, below],
    };
  }
  return undefined;
}
