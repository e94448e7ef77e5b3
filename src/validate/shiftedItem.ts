/**
 * A list's item whose "-" is a column or two right of the items after it (`       - heading:` over
 * the `      - heading:` of the next section): YAML lines up what belongs to the item with its
 * own first key, and said the key below it (`bullets:`) and the next item were out of line —
 * right where to look, but not what to move.
 */
import type { Problem } from '../errors.ts';
import { blank, indent, lineAbove } from './listIndent.ts';

/** For a line YAML rejected, or the line after it: a key under an item shifted right. */
export function shiftedItemSlip(file: string, line: number, lines: readonly string[]): { problem: Problem; lines: number[] } | undefined {
  for (const at of [line, line + 1]) {
    const key = /^(\s*)([A-Za-z_][\w-]*):(\s|$)/.exec(lines[at - 1] ?? '');
    const above = lineAbove(lines, at);
    const item = /^(\s*)(- +)([A-Za-z_][\w-]*):/.exec(lines[above] ?? '');
    if (key === null || item === null) continue;
    const dash = item[1]?.length ?? 0;
    const content = dash + (item[2]?.length ?? 2);
    const keyColumn = key[1]?.length ?? 0;
    // Where the "-" would be for the key below to line up with its first key.
    const meant = keyColumn - (content - dash);
    if (keyColumn >= content || meant < 0) continue;
    const sibling = nextItemAt(lines, at, meant);
    if (sibling === undefined) continue;
    const off = dash - meant;
    return {
      problem: {
        place: { file, line: above + 1, col: dash + 1 },
        message: `this "-" is ${off} column${off > 1 ? 's' : ''} right of the next item of its list (line ${sibling}): YAML lines up what belongs to it with its "${item[3] ?? ''}", and "${key[2] ?? ''}" on line ${at} is not`,
        hint: `Put the "-" in column ${meant + 1}, under the "-" of line ${sibling}.`,
        sourceLine: lines[above],
      },
      lines: [above + 1, at, sibling],
    };
  }
  return undefined;
}

/** The next line below `from` (1-based) that is an item with its "-" at `column`, before any line further left. */
function nextItemAt(lines: readonly string[], from: number, column: number): number | undefined {
  for (let below = from + 1; below <= lines.length; below++) {
    const text = lines[below - 1] ?? '';
    if (blank(text)) continue;
    if (indent(text) < column) return undefined;
    if (indent(text) === column) return /^\s*- /.test(text) ? below : undefined;
  }
  return undefined;
}
