/**
 * A list under a key that has its value on its own line (`- title: 나` over `- heading: 다`, a
 * `sections:` between them left out or lost in an edit), or lined up with the keys of a map
 * (`cases:` left out after the cover's keys): YAML said "a ": " inside this text" at the key,
 * "implicit keys need to be on a single line", and "not lined up" at the item.
 */
import type { Problem } from '../errors.ts';
import { blank, indent, lineAbove, lineBelow } from './listIndent.ts';

/** For a line YAML rejected: the key's line, or the item's (YAML blames either). */
export function missingListKeyProblem(file: string, line: number, lines: readonly string[]): { problem: Problem; lines: number[] } | undefined {
  return underValue(file, line, lines) ?? underValue(file, lineAbove(lines, line) + 1, lines);
}

function underValue(file: string, line: number, lines: readonly string[]): { problem: Problem; lines: number[] } | undefined {
  const key = /^(\s*(?:- +)?)([^\s:#'"-][^:]*):\s+(\S.*)$/.exec(lines[line - 1] ?? '');
  const below = lineBelow(lines, line);
  const item = below === undefined ? null : /^(\s*)- +(\S.*)$/.exec(lines[below - 1] ?? '');
  if (key === null || below === undefined || item === null) return undefined;
  const [, lead = '', name = '', value = ''] = key;
  const [, itemLead = '', itemText = ''] = item;
  // Under the key (`sections:` left out), or lined up with it among a map's keys (`cases:`
  // left out after the cover's keys); a key with a "-" of its own is an item, not a map's key.
  const under = itemLead.length > lead.length;
  if (!under && (itemLead.length !== lead.length || /^\s*- /.test(lines[line - 1] ?? '') || !amongKeys(lines, line))) return undefined;
  // Which list it is, from what its items hold (the format's lists: cases, sections, bullets).
  const listKey = /^heading:/.test(itemText) ? 'sections' : /^(award|title):/.test(itemText) ? 'cases' : name === 'heading' && under ? 'bullets' : undefined;
  const column = under ? lead.length + 1 : Math.max(1, itemLead.length - 1);
  return {
    problem: {
      place: { file, line: below, col: itemLead.length + 1 },
      message: under
        ? `this list is indented under "${name}: ${value}", which has its value on its line: YAML cannot put a list there`
        : `this list item is lined up with the keys of a map ("${name}" on line ${line}): YAML cannot put a list among keys`,
      hint: listKey !== undefined
        ? `The key of the list is missing: write "${listKey}:" on a line of its own above it, in column ${column}${under ? `, under "${name}"` : ''}.`
        : 'Write the key of the list on a line of its own above it, or line its "-" up with the items it belongs with.',
      sourceLine: lines[below - 1],
    },
    lines: [line, below],
  };
}

/** Whether the key on `line` is lined up with a key of its map above it (not itself out of line). */
function amongKeys(lines: readonly string[], line: number): boolean {
  const own = indent(lines[line - 1] ?? '');
  for (let above = line - 2; above >= 0; above--) {
    const text = lines[above] ?? '';
    if (blank(text) || indent(text) > own) continue;
    return indent(text) === own && !/^\s*- /.test(text) && /^\s*[^\s:#'"-][^:]*:(\s|$)/.test(text);
  }
  return false;
}
