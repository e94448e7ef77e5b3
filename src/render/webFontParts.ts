/**
 * Font files that are parts of one font, cut for web pages by ranges of characters: @fontsource
 * packages ship each font so (`nanum-gothic-korean-400-normal.woff`, `nanum-gothic-95-400-normal.woff`,
 * …), and a browser loads the parts a page needs. A theme that names one part has only its
 * characters (the Korean part of Nanum Gothic has no →): the other parts of its folder are read
 * to name the one that has a missing character.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCharSet, type CharSet } from './cmap.ts';
import { sfntOfWoff } from './woff.ts';

/** `<family>-<range>-<weight>-<style>.woff`: the range a script or a number. */
const PART = /^(.+?)-(\d+|korean|latin|latin-ext|cyrillic|cyrillic-ext|greek|greek-ext|vietnamese|japanese|chinese-simplified|chinese-traditional|chinese-hongkong|math|symbols)-(\d00-(?:normal|italic))\.(woff2?)$/;

export function isWebFontPart(file: string): boolean {
  return PART.test(path.basename(file));
}

/** The range of characters a part holds, as its file name says (`110`, `korean`). */
export function partRange(file: string): string {
  return PART.exec(path.basename(file))?.[2] ?? '';
}

const charSets = new Map<string, CharSet | undefined>();

/** The other parts of the font `part` is a part of (the same weight and style, .woff), that have `codePoint`. */
export function partsWith(part: string, codePoint: number): string[] {
  const match = PART.exec(path.basename(part));
  if (match === null) return [];
  const [, family, , weightAndStyle] = match;
  const dir = path.dirname(part);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const siblings = names.filter((name) => {
    const other = PART.exec(name);
    return other !== null && other[1] === family && other[3] === weightAndStyle && other[4] === 'woff';
  });
  return siblings.map((name) => path.join(dir, name)).filter((file) => charSetOf(file)?.has(codePoint) === true);
}

function charSetOf(file: string): CharSet | undefined {
  if (!charSets.has(file)) {
    try {
      charSets.set(file, readCharSet(sfntOfWoff(readFileSync(file))));
    } catch {
      charSets.set(file, undefined);
    }
  }
  return charSets.get(file);
}
