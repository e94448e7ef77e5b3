/**
 * A key written without its colon (`sections` for `sections:`, `heading 추진 성과`), without the
 * space after it (`heading:추진 성과`) or with a full-width colon (`title：…`), the usual slips
 * when a line is typed by hand: YAML reads the line as a text, and then says "Implicit keys need
 * to be on a single line" about it and about the line below, whose indentation no longer fits.
 */
import type { Problem } from '../errors.ts';
import { blank, indent, lineBelow } from './listIndent.ts';
import { ALL_KEYS } from './schema.ts';

/**
 * For a line YAML rejected: when it is a word and a colon with no space after it, or one word
 * alone (after a "-", perhaps) with below it what such a key would hold (lines indented
 * further, or a list), the problem, and the lines below it that were to be its value, whose
 * errors are the same mistake.
 */
export function missingColonProblem(file: string, line: number, lines: readonly string[]): { problem: Problem; value: number[] } | undefined {
  const text = lines[line - 1] ?? '';
  const place = (lead: string | undefined) => ({ file, line, col: (lead?.length ?? 0) + 1 });
  // `title：적극행정`: a full-width colon, as a Korean input method types it, is no colon to YAML.
  const wide = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*[：﹕꞉∶]\s*(.*?)\s*$/.exec(text);
  if (wide !== null) {
    const [, lead, key, rest] = wide;
    return {
      problem: { place: place(lead), message: `"${key}" is followed by a full-width colon, which YAML does not read as one, so it reads the line as one text, not as a key and its value`, hint: `Write "${key}:${rest === '' ? '' : ` ${rest}`}" with an ordinary (half-width) colon, as the English keyboard layout types it.`, sourceLine: text },
      // A key that opens a block: the lines of its block are the same mistake.
      value: rest === '' ? valueBelow(line, lines) : [],
    };
  }
  // `heading:추진 성과`: a colon with no space after it is part of the text.
  const unspaced = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):(\S.*?)\s*$/.exec(text);
  if (unspaced !== null && !unspaced[3]?.startsWith('//')) {
    const [, lead, key, rest] = unspaced;
    return {
      problem: { place: place(lead), message: `"${key}:" has no space after it, so YAML reads "${key}:${rest}" as one text, not as a key and its value`, hint: `Write "${key}: ${rest}" — a space after the colon.`, sourceLine: text },
      value: [],
    };
  }
  // `heading 추진 성과`: a key of the format, then its value, with no colon between.
  const spaced = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s+([^\s:].*?)\s*$/.exec(text);
  // `title = 시험`, `title; 시험`, `title -> 시험`: another mark where the colon goes.
  const marked = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)(\s*(?:=>|->|[=;→]|\s-)\s*)(\S.*?)\s*$/u.exec(text);
  if (marked !== null && ALL_KEYS.has(marked[2] ?? '')) {
    const [, lead, key, mark, value] = marked;
    return {
      problem: { place: place(lead), message: `"${key}" has no ":" after it, so YAML reads "${key}${mark}${value}" as one text, not as a key and its value`, hint: `Write "${key}: ${value}" — a key ends with a colon.`, sourceLine: text },
      value: [],
    };
  }
  if (spaced !== null && ALL_KEYS.has(spaced[2] ?? '')) {
    const [, lead, key, rest] = spaced;
    return {
      problem: { place: place(lead), message: `"${key}" has no ":" after it, so YAML reads "${key} ${rest}" as one text, not as a key and its value`, hint: `Write "${key}: ${rest}" — a key ends with a colon.`, sourceLine: text },
      value: [],
    };
  }
  const match = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)\s*$/.exec(text);
  if (match === null) return undefined;
  const next = lineBelow(lines, line);
  const following = lines[(next ?? 0) - 1] ?? '';
  if (next === undefined || !(indent(following) > indent(text) || /^\s*- /.test(following))) return undefined;
  const word = match[2] ?? '';
  return {
    problem: { place: place(match[1]), message: `"${word}" has no ":" after it, so YAML reads it as a text, not as a key`, hint: `Write "${word}:" — a key ends with a colon.`, sourceLine: text },
    value: valueBelow(line, lines),
  };
}

/** The lines below a key that were to be its value: lines indented further, or a list lined up with it. */
function valueBelow(line: number, lines: readonly string[]): number[] {
  const text = lines[line - 1] ?? '';
  const value: number[] = [];
  for (let i = line; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (!blank(l) && (indent(l) < indent(text) || (indent(l) === indent(text) && !/^\s*- /.test(l)))) break;
    value.push(i + 1);
  }
  return value;
}
