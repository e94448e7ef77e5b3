/**
 * Where a piece of text first appears in a file, for messages about a theme or a template: a
 * designer gets `templates/default/theme.ts:31:29` and the line, like a deck mistake.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { WrittenAt } from './compose/Words.tsx';
import type { Problem, SourcePlace } from './errors.ts';
import { displayPath, packageRoot } from './paths.ts';

/**
 * Where a <Words> tag is written, as the template's JSX gives it (see jsxDevRuntime.ts: a path
 * relative to cardnews's folder), with the file's absolute path; undefined when that file is not
 * in the template folder `dir` (a <Words> of cardnews's own).
 */
export function tagWritten(at: WrittenAt, dir: string): SourcePlace | undefined {
  const file = path.resolve(packageRoot, at.fileName);
  return file.startsWith(dir + path.sep) ? { file, line: at.lineNumber, col: at.columnNumber } : undefined;
}

/** A place in a file (its absolute path) as messages show it: the path from the working folder, and the line for the code frame. */
export function shownAt(place: SourcePlace): Pick<Problem, 'place' | 'sourceLine'> {
  let sourceLine: string | undefined;
  try {
    sourceLine = readFileSync(place.file, 'utf8').split(/\r?\n/)[place.line - 1];
  } catch {
    // A file gone since: the message without its line.
  }
  return { place: { ...place, file: displayPath(place.file) }, ...(sourceLine !== undefined ? { sourceLine } : {}) };
}

/** A text as a regular expression that matches it as written (`.card` matches no `xcard`). */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A line match for findLine and placesWhere: where `needle` starts in the line. */
export function textIn(needle: string): (line: string) => number | undefined {
  return (line) => {
    const at = line.indexOf(needle);
    return at >= 0 ? at : undefined;
  };
}

export function placeOfText(files: readonly string[], needle: string): Pick<Problem, 'place' | 'sourceLine'> {
  return placeWhere(files, textIn(needle));
}

/**
 * Where an object literal sets a value by its keys (`lineHeight` then `coverTitle` for
 * lineHeight.coverTitle): each key after the one before, on its line or a later one.
 */
export function placeOfKeys(files: readonly string[], keys: readonly string[]): Pick<Problem, 'place' | 'sourceLine'> {
  let depth = 0;
  return placeWhere(files, (line) => {
    for (let from = 0; depth < keys.length; depth++) {
      const found = new RegExp(`(?<![\\w$'"])['"]?${literal(keys[depth] ?? '')}['"]?\\s*:`).exec(line.slice(from));
      if (found === null) return undefined;
      from += found.index;
      if (depth === keys.length - 1) return from;
      from += found[0].length;
    }
    return undefined;
  });
}

/**
 * The line of a theme's `i`th font entry (in `file`), read as the `i`th line after `fonts:` that
 * writes a `weight:`, when that line writes this entry's `weight` alone; undefined when the theme
 * is written otherwise (all entries on one line, or made by a function). For a theme that makes
 * its paths with a function (the default's gov('Bold')), where no line writes the path.
 */
export function placeOfFontEntry(file: string, i: number, weight: unknown): Pick<Problem, 'place' | 'sourceLine'> | undefined {
  const list = placeOfText([file], 'fonts:').place.line;
  const entry = placesWhere([file], (line) => (/\bweight\s*:/.test(line) ? line.search(/\S/) : undefined)).filter((found) => found.place.line > list)[i];
  const line = entry?.sourceLine ?? '';
  // The weight as written, in quotes too: a theme's mistake may be a weight of any text ('700 (').
  const written = new RegExp(`\\bweight\\s*:\\s*['"\`]?${literal(String(weight))}(?![\\w.])`);
  return list > 0 && line.match(/\bweight\s*:/g)?.length === 1 && written.test(line) ? entry : undefined;
}

/**
 * Where a template writes a text it draws: as a JSX text (`>2<`) or a string (`'2'`) first, so
 * that a short one is not found inside a number or a name of the code; else anywhere.
 */
export function placeOfWrittenText(files: readonly string[], needle: string): Pick<Problem, 'place' | 'sourceLine'> {
  const written = placeWhere(files, (line) => {
    const at = [`>${needle}<`, `>${needle}`, `'${needle}'`, `"${needle}"`, `\`${needle}\``].map((form) => line.indexOf(form)).find((col) => col >= 0);
    return at === undefined ? undefined : at + 1;
  });
  return written.place.line > 0 ? written : placeOfText(files, needle);
}

/** The first line of the files that `match` finds; when none does, the first file alone. */
export function placeWhere(files: readonly string[], match: (line: string) => number | undefined): Pick<Problem, 'place' | 'sourceLine'> {
  const [found] = placesWhere(files, match, 1);
  return found ?? { place: { file: displayPath(files[0] ?? 'a template'), line: 0, col: 0 } };
}

/**
 * The first line of the first file (that can be read) for which `match` gives a column (0-based,
 * in UTF-16 units); the place it returns counts columns in characters, from 1, like editors.
 */
export function findLine(files: readonly string[], match: (line: string) => number | undefined): (SourcePlace & { sourceLine: string }) | undefined {
  return matchingLines(files, match).next().value;
}

/** The lines of the files that have `needle`, in file order. */
export function placesOfText(files: readonly string[], needle: string): Pick<Problem, 'place' | 'sourceLine'>[] {
  return placesWhere(files, textIn(needle));
}

/** The lines of the files for which `match` gives a column (as for findLine), in file order. */
export function placesWhere(files: readonly string[], match: (line: string) => number | undefined, most = Infinity): Pick<Problem, 'place' | 'sourceLine'>[] {
  const places: Pick<Problem, 'place' | 'sourceLine'>[] = [];
  for (const found of matchingLines(files, match)) {
    places.push({ place: { file: displayPath(found.file), line: found.line, col: found.col }, sourceLine: found.sourceLine });
    if (places.length >= most) break;
  }
  return places;
}

/** The files that can be read, with their text: one that cannot is skipped, and a message is placed in the others. */
function* readable(files: readonly string[]): Generator<[string, string]> {
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    yield [file, text];
  }
}

function* matchingLines(files: readonly string[], match: (line: string) => number | undefined): Generator<SourcePlace & { sourceLine: string }, undefined> {
  for (const [file, text] of readable(files)) {
    for (const [i, sourceLine] of text.split(/\r?\n/).entries()) {
      const at = match(sourceLine);
      if (at !== undefined) yield { file, line: i + 1, col: Array.from(sourceLine.slice(0, at)).length + 1, sourceLine };
    }
  }
  return undefined;
}

/**
 * The first JSX element `<tag …>` of the files that is not given `prop` (no `prop=` among its
 * attributes, and no `{...spread}` that might bring it). A tag may span lines; a `{…}` value and
 * a quoted one are skipped whole, since either may hold a ">".
 */
export function tagWithout(files: readonly string[], tag: string, prop: string): (SourcePlace & { sourceLine: string }) | undefined {
  const given = new RegExp(`(^|\\s)${prop}\\s*=`);
  return firstTag(files, tag, (attributes, start) => (given.test(attributes.plain) || attributes.spread ? undefined : start));
}

/**
 * The first `<tag … prop={a.b.c}>` of the files whose value is names joined by dots ending in
 * one not among `known`: a misspelt field (`text={props.titel}`) that gave the prop nothing.
 * `name` is that last name. A name alone (`text={titel}`) counts only when the file takes it
 * apart from an object (`function Cover({ frame, titel })`): any other may be a variable. A
 * calculation (`fontSize={size.titel * 1.1}`, which gave NaN) counts by such a name in it.
 */
export function unknownNameGiven(files: readonly string[], tag: string, prop: string, known: ReadonlySet<string>): (SourcePlace & { sourceLine: string; name: string }) | undefined {
  let name = '';
  const found = firstTag(files, tag, (attributes, _start, text) => {
    const value = attributes.values.get(prop);
    if (value === undefined) return undefined;
    const names = new RegExp(`^\\s*(${NAME}(?:${DOT}${NAME})*)\\s*$`).exec(value.text)?.[1]?.split(new RegExp(DOT));
    const last = names?.at(-1);
    if (names === undefined || last === undefined) {
      // A calculation (`size.titel * 1.1`): a field it reads that does not exist.
      const chain = unknownChainAfter(value.text, '(?<![\\w$.])', known);
      if (chain === undefined) return undefined;
      name = chain.name;
      return value.at + chain.col;
    }
    if (known.has(last) || (names.length === 1 && !destructured(text).has(last))) return undefined;
    name = last;
    return value.at + (value.text.length - value.text.trimStart().length);
  });
  return found === undefined ? undefined : { ...found, name };
}

/** A JavaScript name, and what joins a field to it (`.`, or `?.`), as parts of regular expressions. */
export const NAME = '[A-Za-z_$][\\w$]*';
export const DOT = '\\??\\.';

/**
 * Where `before` and then names joined by dots (`colors.accnt`) are written in a line, when the
 * last name is not among `known`: the column of the names, the names as written and the last.
 */
export function unknownChainAfter(line: string, before: string, known: ReadonlySet<string>): { col: number; chain: string; name: string } | undefined {
  for (const match of line.matchAll(new RegExp(`${before}(${NAME}(?:${DOT}${NAME})+)(?![\\w$(])`, 'g'))) {
    const chain = match[1] ?? '';
    const name = chain.split(new RegExp(DOT)).at(-1) ?? '';
    if (!known.has(name)) return { col: match.index + match[0].length - chain.length, chain, name };
  }
  return undefined;
}

/**
 * `known` and the keys the files write in object literals (`const gaps = { small: 8 }`): a field
 * of a template's own object is no misspelling either.
 */
export function withKeysWritten(known: ReadonlySet<string>, files: readonly string[]): Set<string> {
  const names = new Set(known);
  for (const [, text] of readable(files)) {
    for (const [, key] of text.matchAll(new RegExp(`(?<![\\w$.])(${NAME})\\s*:(?!:)`, 'g'))) names.add(key ?? '');
  }
  return names;
}

/** The names a file takes apart from an object in a parameter list: `({ frame, title }` → frame, title. */
function destructured(text: string): Set<string> {
  const names = new Set<string>();
  for (const [, list] of text.matchAll(/\(\s*\{([^{}]*)\}/g)) {
    for (const part of (list ?? '').split(',')) {
      const name = /^\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(part)?.[1];
      if (name !== undefined) names.add(name);
    }
  }
  return names;
}

/** The first `<tag` of the files for which `at` gives an offset in the file: its place. */
function firstTag(files: readonly string[], tag: string, at: (attributes: Attributes, start: number, text: string) => number | undefined): (SourcePlace & { sourceLine: string }) | undefined {
  for (const [file, text] of readable(files)) {
    for (const start of text.matchAll(new RegExp(`<${tag}(?=[\\s/>])`, 'g'))) {
      const attributes = attributesAt(text, start.index + start[0].length);
      const offset = attributes === undefined ? undefined : at(attributes, start.index, text);
      if (offset === undefined) continue;
      const before = text.slice(0, offset).split(/\r?\n/);
      const sourceLine = text.split(/\r?\n/)[before.length - 1] ?? '';
      return { file, line: before.length, col: Array.from(before.at(-1) ?? '').length + 1, sourceLine };
    }
  }
  return undefined;
}

interface Attributes {
  /** Their text outside `{…}` and quotes. */
  plain: string;
  /** Whether a `{...spread}` is among them. */
  spread: boolean;
  /** The text inside each `name={…}`, and its offset in the file. */
  values: Map<string, { text: string; at: number }>;
}

/** A tag's attributes from `from` to its ">". */
function attributesAt(text: string, from: number): Attributes | undefined {
  let plain = '';
  let spread = false;
  const values = new Map<string, { text: string; at: number }>();
  let valueOf: { name: string; at: number } | undefined;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i] ?? '';
    if (depth === 0 && (c === '"' || c === "'")) {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return undefined;
      plain += ' ';
      i = end;
    } else if (c === '{') {
      if (depth === 0 && text.startsWith('...', i + 1)) spread = true;
      const name = depth === 0 ? /([\w$-]+)\s*=\s*$/.exec(plain)?.[1] : undefined;
      if (name !== undefined) valueOf = { name, at: i + 1 };
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0 && valueOf !== undefined) values.set(valueOf.name, { text: text.slice(valueOf.at, i), at: valueOf.at });
      if (depth === 0) valueOf = undefined;
    } else if (depth === 0) {
      if (c === '>') return { plain, spread, values };
      plain += c;
    }
  }
  return undefined;
}
