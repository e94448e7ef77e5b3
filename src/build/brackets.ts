/**
 * A bracket left open or closed twice in a theme file, found where the designer made the slip:
 * esbuild notices only where the code stops making sense (the `};` at the end of the file for a
 * `colors: {` whose `},` was deleted). Read from the indentation, as a designer reads the file:
 * a closing bracket at the start of a line closes the opening one lined up with it.
 */
import type { Slip } from './compileSlips.ts';

interface Open {
  char: string;
  line: number;
  col: number;
  indent: number;
}

const PAIRS: Record<string, string> = { '}': '{', ']': '[', ')': '(' };
const indentOf = (text: string) => /^\s*/.exec(text)?.[0].length ?? 0;

/** For a syntax error esbuild found at `line` (1-based) and `col` (0-based). */
export function unbalancedBracket(text: string, lines: readonly string[], line: number, col: number): Slip | undefined {
  // Any syntax error may follow a bracket too many, which ends the object early ("Expected ";"
  // but found "as"" lines below it): a closing bracket out of line before the error is the slip.
  // Only where a closing one was expected is the last one left open named otherwise.
  const closing = /^Expected "[}\])]" but found|end of file/.test(text);
  const open: Open[] = [];
  let quote: string | undefined;
  let comment = false;
  for (let l = 1; l <= Math.min(line, lines.length); l++) {
    const lineText = lines[l - 1] ?? '';
    const end = l === line ? col : lineText.length;
    for (let c = 0; c < end; c++) {
      const char = lineText[c] ?? '';
      if (comment) {
        if (char === '*' && lineText[c + 1] === '/') (comment = false), c++;
      } else if (quote !== undefined) {
        if (char === '\\') c++;
        else if (char === quote) quote = undefined;
      } else if (char === '/' && lineText[c + 1] === '/') {
        break;
      } else if (char === '/' && lineText[c + 1] === '*') {
        comment = true;
      } else if (char === "'" || char === '"' || char === '`') {
        quote = char;
      } else if (char === '{' || char === '[' || char === '(') {
        open.push({ char, line: l, col: c, indent: indentOf(lineText) });
      } else if (PAIRS[char] !== undefined) {
        const opener = open.pop();
        if (opener === undefined) return extra(l, c, char);
        // Only a bracket that starts its line says by its place which one it closes.
        if (c !== indentOf(lineText) || opener.line === l) continue;
        if (c < opener.indent) return unclosed(opener, l);
        if (c > opener.indent) return extra(l, c, char);
      }
    }
    // A quote ends with its line, but for a backquote's text.
    if (quote !== '`') quote = undefined;
  }
  const last = open.at(-1);
  return last === undefined || !closing ? undefined : unclosed(last, line);
}

function unclosed(opener: Open, seen: number): Slip {
  const closer = Object.keys(PAIRS).find((char) => PAIRS[char] === opener.char) ?? '';
  return {
    line: opener.line,
    col: opener.col + 1,
    message: `this "${opener.char}" is never closed (the code stops making sense at line ${seen})`,
    hint: `Write its "${closer}" (with a "," after it, between two entries) where what it holds ends, lined up under the start of this line.`,
  };
}

function extra(line: number, col: number, char: string): Slip {
  return { line, col: col + 1, message: `this "${char}" closes a bracket that is closed already`, hint: 'Delete it, or the line it is on if that holds nothing else.' };
}
