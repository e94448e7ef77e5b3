/**
 * A key written without its colon (`sections` for `sections:`), the usual slip when a line is
 * typed by hand: YAML reads the word as a text, and then says "Implicit keys need to be on a
 * single line" about it and about the line below, whose indentation no longer fits.
 */
import type { Problem } from '../errors.ts';
import { blank, indent } from './listIndent.ts';

/**
 * For a line YAML rejected: when it is one word alone (after a "-", perhaps) and the next line
 * holds what such a key would (lines indented further, or a list), the problem, and the lines
 * below it that were to be its value, whose errors are the same mistake.
 */
export function missingColonProblem(file: string, line: number, lines: readonly string[]): { problem: Problem; value: number[] } | undefined {
  const text = lines[line - 1] ?? '';
  const match = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*$/.exec(text);
  if (match === null) return undefined;
  let next = line;
  while (next < lines.length && blank(lines[next] ?? '')) next++;
  const following = lines[next] ?? '';
  if (next >= lines.length || !(indent(following) > indent(text) || /^\s*- /.test(following))) return undefined;
  const word = match[2] ?? '';
  const value: number[] = [];
  for (let i = next; i < lines.length; i++) {
    const l = lines[i] ?? '';
    // Its value: lines indented further, or a list lined up with it.
    if (!blank(l) && (indent(l) < indent(text) || (indent(l) === indent(text) && !/^\s*- /.test(l)))) break;
    value.push(i + 1);
  }
  return {
    problem: {
      place: { file, line, col: (match[1]?.length ?? 0) + 1 },
      message: `"${word}" has no ":" after it, so YAML reads it as a text, not as a key`,
      hint: `Write "${word}:" — a key ends with a colon.`,
      sourceLine: text,
    },
    value,
  };
}
