/**
 * A list item or key out of line with those above it, the usual slip when a line is added by
 * hand. An item indented further, YAML reads as more of the text above ("첫째 불릿 - 둘째 불릿",
 * drawn as one bullet without a word); anything else out of line is a syntax error that YAML
 * words as something else (it spoke of ": " inside a text, and of "-" indicators).
 */
import type { Problem } from '../errors.ts';
import { FOLDED_ITEM, PASTED_ITEM } from './listMarks.ts';

const ITEM = /^(\s*)- /;
/** A line with nothing for YAML (empty, or a comment), and how far a line is indented. */
export const blank = (line: string) => /^\s*(#.*)?$/.test(line);
export const indent = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0;

/** The nearest line above line `line` (1-based) that is not blank, as a 0-based index; -1 when none. */
export function lineAbove(lines: readonly string[], line: number): number {
  let above = line - 2;
  while (above >= 0 && blank(lines[above] ?? '')) above--;
  return above;
}

/** The nearest line below line `line` (1-based) that is not blank, 1-based; undefined when none. */
export function lineBelow(lines: readonly string[], line: number): number | undefined {
  for (let below = line + 1; below <= lines.length; below++) if (!blank(lines[below - 1] ?? '')) return below;
  return undefined;
}

/**
 * For a line YAML rejected: when it is a list item whose "-" lines up with no list above it —
 * the first line above that is indented no further is not a "-" at the same column — name the
 * nearest item above, whose column was probably meant: the one that line is, when it is an item
 * left of this one, or the nearest one right of it.
 */
export function misalignedItemProblem(file: string, line: number, lines: readonly string[]): Problem | undefined {
  const text = lines[line - 1] ?? '';
  const item = ITEM.exec(text);
  if (item === null) return undefined;
  const own = item[1]?.length ?? 0;
  // Right under a key that opens a list ("bullets:"), but not indented under it.
  const previous = lineAbove(lines, line);
  const opener = lines[previous] ?? '';
  const key = /^(\s*(?:- +)?)([^\s:#'"-][^:]*):\s*(#.*)?$/.exec(opener);
  if (key !== null && own <= indent(opener)) {
    const column = (key[1]?.length ?? 0) + 2;
    return {
      place: { file, line, col: own + 1 },
      message: `this "-" is not indented under "${key[2] ?? ''}:" on line ${previous + 1}, so YAML cannot read it as an item of that list`,
      hint: `Put the "-" in column ${column + 1}, indented further than "${key[2] ?? ''}:".`,
      sourceLine: text,
    };
  }
  let nearest: number | undefined;
  for (let above = line - 2; above >= 0; above--) {
    const candidate = lines[above] ?? '';
    if (blank(candidate)) continue;
    const dash = ITEM.exec(candidate)?.[1]?.length;
    if (indent(candidate) <= own) {
      if (dash !== undefined && dash !== own) nearest = above;
      if (dash === own || nearest === undefined) return undefined;
      const column = ITEM.exec(lines[nearest] ?? '')?.[1]?.length ?? 0;
      return {
        place: { file, line, col: own + 1 },
        message: `this "-" is not lined up with the list item above it (line ${nearest + 1}): YAML cannot tell which list it belongs to`,
        // Which of the two is out of line, only the author knows: the one added last, usually.
        hint: `Put the "-" in column ${column + 1}, under the "-" of line ${nearest + 1} (or that one in column ${own + 1}, if this is where its list is).`,
        sourceLine: text,
      };
    }
    if (dash !== undefined) nearest ??= above;
  }
  return undefined;
}

/**
 * For a line YAML rejected: a text item whose "-" slipped left of the item above it, into the
 * column of an outer list (a bullet at the cases' column). YAML read it as an item of that list
 * and spoke of implicit keys here and of "-" out of line further down: those lines, up to the
 * next line as far left as this one, are the same mistake.
 */
export function strandedItemSlip(file: string, line: number, lines: readonly string[]): { problem: Problem; lines: number[] } | undefined {
  const text = lines[line - 1] ?? '';
  const own = ITEM.exec(text)?.[1]?.length;
  if (own === undefined || keyColumn(text) !== undefined) return undefined;
  const above = lineAbove(lines, line);
  const column = ITEM.exec(lines[above] ?? '')?.[1]?.length;
  if (column === undefined || column <= own || !outerItemAt(lines, above, own)) return undefined;
  const after: number[] = [];
  for (let below = line + 1; below <= lines.length && (blank(lines[below - 1] ?? '') || indent(lines[below - 1] ?? '') > own); below++) after.push(below);
  return {
    problem: {
      place: { file, line, col: own + 1 },
      message: `this "-" is further left than the item above it (line ${above + 1}), in the column of an outer list, so YAML reads it as an item of that list`,
      hint: `Put the "-" in column ${column + 1}, under the "-" of line ${above + 1}.`,
      sourceLine: text,
    },
    lines: [line, ...after],
  };
}

/** Whether, going up from line `from` (0-based), the first line indented no further than `column` is a list item at that column. */
function outerItemAt(lines: readonly string[], from: number, column: number): boolean {
  for (let above = from; above >= 0; above--) {
    const candidate = lines[above] ?? '';
    if (!blank(candidate) && indent(candidate) <= column) return ITEM.exec(candidate)?.[1]?.length === column;
  }
  return false;
}

/** `-둘째 내용`: a list item's dash without the space that makes it one; the text after it. */
export function withoutSpacedDash(text: string): string | undefined {
  return /^-(?!-)(\S.*)$/u.exec(text)?.[1];
}

/**
 * For a line YAML rejected: a text lined up with the "-" of the list item above it, but without
 * a "-" of its own — a bullet whose dash was forgotten. YAML spoke of mapping items and implicit
 * keys, three times over.
 */
export function dashlessItemProblem(file: string, line: number, lines: readonly string[]): Problem | undefined {
  const text = lines[line - 1] ?? '';
  if (blank(text) || ITEM.test(text) || keyColumn(text) !== undefined) return undefined;
  const own = indent(text);
  let above = line - 2;
  // Over the lines between that are more of the same mistake (`－ 둘째`, `－ 셋째`).
  const sameMistake = (other: string) => indent(other) === own && PASTED_ITEM.test(other.trim());
  while (above >= 0 && (blank(lines[above] ?? '') || indent(lines[above] ?? '') > own || sameMistake(lines[above] ?? ''))) above--;
  if (ITEM.exec(lines[above] ?? '')?.[1]?.length !== own) return undefined;
  const content = text.trim();
  const dashed = withoutSpacedDash(content);
  if (dashed !== undefined) {
    return {
      place: { file, line, col: own + 1 },
      message: `this line's "-" has no space after it, so YAML reads it as text, not as a list item like the one above it (line ${above + 1})`,
      hint: `Put a space after the "-": - ${dashed}`,
      sourceLine: text,
    };
  }
  const marked = PASTED_ITEM.exec(content);
  if (marked !== null) {
    return {
      place: { file, line, col: own + 1 },
      message: `this line starts with "${marked[1]}", not with "- ", so YAML reads it as text, not as a list item like the one above it (line ${above + 1})`,
      hint: `Start it with "- " instead: - ${marked[2]}`,
      sourceLine: text,
    };
  }
  return {
    place: { file, line, col: own + 1 },
    message: `this line is lined up with the list item above it (line ${above + 1}) but does not start with "- ", so YAML cannot read it`,
    hint: `To make it an item of its own, write "- ${content}"; if it continues the text above, indent it further, under that text.`,
    sourceLine: text,
  };
}

/**
 * For a plain text that YAML read over several lines (from `startLine`, the value's source
 * `source`): a line of it that starts with "- ", or with a pasted list's mark, was meant as an
 * item of its own.
 */
export function foldedItemProblem(file: string, startLine: number, source: string, lines: readonly string[]): Problem | undefined {
  const parts = source.split('\n');
  const index = parts.findIndex((part, i) => i > 0 && (ITEM.test(part) || FOLDED_ITEM.test(part.trim())));
  if (index < 0) return undefined;
  const line = startLine + index;
  const text = lines[line - 1] ?? '';
  const folded = parts.map((part) => part.trim()).join(' ');
  // The "-" of the item the text is, when it is one: not that of a list of keys ("- title: 사례").
  const first = lines[startLine - 1] ?? '';
  const item = ITEM.exec(first);
  const dash = item !== null && first.slice(item[0].length).trimStart().startsWith(parts[0] ?? '') ? item[1]?.length : undefined;
  const reads = `is indented further than the item above it, so YAML reads it as more of that text ("${folded}")`;
  const marked = ITEM.test(text) ? null : FOLDED_ITEM.exec(text.trim());
  const mark = marked?.[1] ?? marked?.[2];
  const said = mark === undefined
    ? {
        message: `this line starts with "- " but ${reads}`,
        hint: dash !== undefined
          ? `To make it an item of its own, put its "-" in column ${dash + 1}, under the "-" of line ${startLine}. If the dash belongs to the text, put the whole text in quotes.`
          : 'If it is meant as a list item, line it up with its list; if the dash belongs to the text, put the whole text in quotes.',
      }
    : {
        message: `this line starts with "${mark}", as a list item would, but it ${reads}`,
        hint: dash !== undefined
          ? `To make it an item of its own, write "- ${marked?.[3] ?? ''}" with its "-" in column ${dash + 1}, under the "-" of line ${startLine}. If the "${mark}" belongs to the text, put the whole text in quotes.`
          : `If it is meant as a list item, write it as one ("- ${marked?.[3] ?? ''}") lined up with its list; if the "${mark}" belongs to the text, put the whole text in quotes.`,
      };
  return { place: { file, line, col: indent(text) + 1 }, ...said, sourceLine: text };
}

/** Where a line's key starts ("  - title: x" → 4, "    sections:" → 4), if it has one. */
function keyColumn(line: string): number | undefined {
  const match = /^(\s*(?:- +)*)[^\s:#'"-][^:]*:(\s|$)/.exec(line);
  return match === null ? undefined : (match[1]?.length ?? 0);
}

/**
 * For a line YAML rejected, or the line after it (a key indented too far makes YAML reject the
 * line it seems to continue): a key that is not lined up with the key on the line above it —
 * further in, after a key with its value on its line, or further out, where no map above starts.
 */
export function misalignedKeyProblem(file: string, line: number, lines: readonly string[]): Problem | undefined {
  for (const at of [line, line + 1]) {
    const text = lines[at - 1] ?? '';
    const own = keyColumn(text);
    if (own === undefined || ITEM.test(text)) continue;
    const above = lineAbove(lines, at);
    const previous = lines[above] ?? '';
    const column = keyColumn(previous);
    if (column === undefined) {
      // Below a text (a bullet's), the key can line up only with one of the keys around it.
      const levels = keyLevels(lines, above);
      if (levels.length === 0 || levels.some((level) => level.column === own)) continue;
      const named = levels.map((level) => `column ${level.column + 1} ("${level.key}", line ${level.line})`);
      return {
        place: { file, line: at, col: own + 1 },
        message: 'this key is not lined up with any key above it: YAML cannot tell what it belongs to',
        hint: `Line it up with the keys it belongs with: ${named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named.at(-1) ?? ''}` : named[0] ?? ''}.`,
        sourceLine: text,
      };
    }
    if (column === own) continue;
    const opensBlock = /:\s*(#.*)?$/.test(previous);
    if (own > column && opensBlock) continue;
    if (own < column && lines.slice(0, above).some((l) => keyColumn(l) === own && indent(l) === own)) continue;
    const key = /^[^:]*/.exec(previous.slice(column))?.[0] ?? '';
    return {
      place: { file, line: at, col: own + 1 },
      message: own > column
        ? `this key is indented further than "${key}" on line ${above + 1}, so YAML reads it as more of that value`
        : `this key is not lined up with "${key}" on line ${above + 1}, nor with any key further left: YAML cannot tell what it belongs to`,
      hint: `Put it in column ${column + 1}, under "${key}" of line ${above + 1}.`,
      sourceLine: text,
    };
  }
  return undefined;
}

/**
 * The keys whose maps are open at a line (0-based `from`): going up, the nearest key at each
 * column further left than the last — the keys a key below could line up with, leftmost first.
 */
function keyLevels(lines: readonly string[], from: number): { column: number; key: string; line: number }[] {
  const levels: { column: number; key: string; line: number }[] = [];
  let limit = Infinity;
  for (let i = from; i >= 0 && limit > 0; i--) {
    const text = lines[i] ?? '';
    const column = keyColumn(text);
    if (column === undefined || column >= limit) continue;
    levels.unshift({ column, key: /^[^:]*/.exec(text.slice(column))?.[0] ?? '', line: i + 1 });
    limit = column;
  }
  return levels;
}
