/**
 * The slips a designer makes in theme.ts or a template, said as what was typed rather than as
 * what the parser expected next: a comma left out between two entries ("Expected "}" but found
 * "card""), a CSS habit (a colour without quotes, an entry ended with ";"), curly quotes from a
 * word processor. esbuild places each at the token after the slip; the designer looks for the
 * slip itself.
 */
import { unbalancedBracket } from './brackets.ts';

export interface Slip {
  line: number;
  /** 1-based. */
  col: number;
  message: string;
  hint: string;
}

/** A line without its `//` comment. */
const withoutComment = (text: string) => text.replace(/\s*\/\/.*$/, '');

/** Where a value ends: a quote, a digit, a letter, a closing bracket (not `,`, `{`, `(`, `:`, an operator). */
const ENDS_VALUE = /(['"`\w)\]}])\s*$/u;
const STARTS_ENTRY = /^(['"`\w[{(-]|\.\.\.)/u;

/**
 * `lines` are the file's lines; `line` is 1-based and `col` 0-based, as esbuild gives them;
 * `jsx`: whether the file is a .tsx or .jsx.
 */
export function compileSlip(text: string, lines: readonly string[], line: number, col: number, jsx: boolean): Slip | undefined {
  const lineText = lines[line - 1] ?? '';
  const colour = unquotedColour(text, lines, line);
  if (colour !== undefined) return colour;
  const size = /^(Syntax error|Unexpected|Expected)/.test(text) ? sizeWithUnit(lineText, col) : undefined;
  if (size !== undefined) return { line, ...size };
  const quote = /^Unexpected "([‘’“”])"$/.exec(text)?.[1];
  if (quote !== undefined) {
    const straight = quote === '“' || quote === '”' ? '"' : "'";
    return { line, col: col + 1, message: `${quote} is a curly quote (a word processor or a phone types them), which does not start or end a text in code`, hint: `Write the straight quote ${straight} instead, at both ends of the text.` };
  }
  // In JSX, a text between tags may have a quote of its own: the brackets are not read there.
  return missingComma(text, lines, line, col) ?? (jsx ? undefined : unbalancedBracket(text, lines, line, col));
}

function missingComma(text: string, lines: readonly string[], line: number, col: number): Slip | undefined {
  const lineText = lines[line - 1] ?? '';
  const expected = /^Expected "([}\],])" but found "(.+)"$/.exec(text);
  if (expected === null) return undefined;
  const found = expected[2] ?? '';
  const head = lineText.slice(0, col);
  // `page: '#EAF0F8';` — a CSS rule's ending, where an object's entries take a comma.
  if (found === ';' && /^\s*['"]?[\w-]+['"]?\s*:\s*\S/u.test(head)) {
    return { line, col: col + 1, message: 'this entry ends with ";", as a CSS rule does, where the entries of an object end with ","', hint: 'Write "," instead of ";".' };
  }
  if (!STARTS_ENTRY.test(lineText.slice(col))) return undefined;
  // The entry before it: on the same line, or at the end of the last line with code on it.
  let at = { line, text: withoutComment(head) };
  if (at.text.trim() === '') {
    for (let l = line - 1; l >= 1; l--) {
      const code = withoutComment(lines[l - 1] ?? '');
      if (code.trim() !== '') {
        at = { line: l, text: code };
        break;
      }
    }
  }
  if (at.line === line && at.text.trim() === '') return undefined;
  if (!ENDS_VALUE.test(at.text)) return undefined;
  const end = at.text.trimEnd().length;
  const where = at.line === line ? `before "${found}"` : `at the end of this line, before "${found}" on line ${line}`;
  return { line: at.line, col: end + 1, message: `a comma is missing ${where}`, hint: 'Write "," here: the entries of an object or a list are separated by commas.' };
}

/** `page: #EAF0F8,` — a colour written as in CSS, which JavaScript reads as something else. */
function unquotedColour(text: string, lines: readonly string[], line: number): Slip | undefined {
  if (!/^Expected "in" but found/.test(text)) return undefined;
  // esbuild stops at the token after the colour: on its line, or at the start of the next.
  for (const l of [line, line - 1]) {
    const match = /(^|[:(,[\s])(#[0-9A-Fa-f]{3,8})\b/.exec(withoutComment(lines[l - 1] ?? ''));
    if (match !== null) {
      const colour = match[2] ?? '';
      return { line: l, col: match.index + (match[1] ?? '').length + 1, message: `the colour ${colour} is written without quotes, as in CSS`, hint: `Write it in quotes: '${colour}' (a colour in a theme or a template is a text).` };
    }
  }
  return undefined;
}

/**
 * `meta: 28px,` — a size written with its CSS unit ("Syntax error "p"", or "Unexpected ","" after
 * `50%`), where esbuild stops at or just after the number.
 */
function sizeWithUnit(lineText: string, col: number): Omit<Slip, 'line'> | undefined {
  for (const match of lineText.matchAll(/(\d*\.?\d+) ?(px|pt|rem|em|vh|vw|%)(?![\w'"`])/g)) {
    const [written, number, unit] = match;
    // esbuild stops at the unit or just after it, never inside the number.
    const start = match.index;
    if (col < start + (number ?? '').length || col > start + written.length) continue;
    const hint = unit === 'px' ? `Write the number alone: ${number ?? ''} (a size written as a number is in pixels).` : `Write it in quotes: '${written.replace(' ', '')}', as satori reads it, or in pixels, as a number.`;
    return { col: start + 1, message: `the size ${written} is written with its unit, as in CSS, without quotes`, hint };
  }
  return undefined;
}
