/**
 * A list or map written in brackets (`bullets: [가나다, 라마바`) and never closed: YAML reads on
 * into the lines below and says "Flow sequence in block collection must be sufficiently
 * indented and end with a ]" at the next line, then blames every line after it. The mistake is
 * the opening bracket: one problem there, and none for the lines it swallowed.
 */
import type { Problem } from '../errors.ts';

const CLOSING = { '[': ']', '{': '}' } as const;

/**
 * The problem of a bracket left open, from YAML's `message` about line `line`; undefined when the
 * message is another, or no line above holds a bracket left open.
 */
export function unclosedFlowProblem(file: string, message: string, line: number, lines: readonly string[]): Problem | undefined {
  const kind = /^Flow (sequence|map) in block collection must be sufficiently indented and end with a/.exec(message)?.[1];
  if (kind === undefined) return undefined;
  const open = kind === 'sequence' ? '[' : '{';
  for (let i = Math.min(line, lines.length); i >= 1; i--) {
    const col = openedAt(lines[i - 1] ?? '', open);
    if (col === undefined) continue;
    const written = (lines[i - 1] ?? '').slice(col - 1).trim();
    return {
      place: { file, line: i, col },
      message: `this ${kind === 'sequence' ? 'list' : 'map'} in brackets is never closed: the "${open}" has no "${CLOSING[open]}"`,
      hint: kind === 'sequence'
        ? `End it with "]" on this line (${written}]), or write each item on a line of its own that starts with "- ".`
        : `End it with "}" on this line (${written}}), or write each key on a line of its own.`,
    };
  }
  return undefined;
}

/** The column of the first `open` bracket of a line that is not closed on it, outside quotes and comments. */
function openedAt(line: string, open: '[' | '{'): number | undefined {
  const stack: number[] = [];
  const chars = Array.from(line);
  let quote: string | undefined;
  for (const [i, ch] of chars.entries()) {
    const before = chars[i - 1] ?? ' ';
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
    } else if ((ch === '"' || ch === "'") && /[\s[{,:]/.test(before)) {
      // A quote starts a quoted text only where a value starts: `'s` inside a word does not.
      quote = ch;
    } else if (ch === '#' && /\s/.test(before)) {
      break;
    } else if (ch === open) {
      stack.push(i + 1);
    } else if (ch === CLOSING[open]) {
      stack.pop();
    }
  }
  return stack[0];
}
