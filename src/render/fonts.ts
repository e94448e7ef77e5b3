/**
 * Font files for a deck: the theme's fonts (from npm or `fonts/`) followed by the deck's own
 * fallback fonts from `fonts/`, each read once per process with the set of characters it has
 * (for the coverage check) and its bytes (cut down for the workers by subsetFont.ts); of a font
 * collection, the bytes of the face for the weight (collection.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FontSpec } from '../compose/templateTypes.ts';
import { nearestWord } from '../nearest.ts';
import { otherKindOf } from '../fileKind.ts';
import { displayPath, isHidden, onDisk, packageRoot } from '../paths.ts';
import { readCharSet, type CharSet } from './cmap.ts';
import { faceFor, isCollection } from './collection.ts';
import { staticWeightOf } from './fontWeight.ts';
import { outlineProblem } from './outlines.ts';
import { isWoff, sfntOfWoff } from './woff.ts';

export interface LoadedFont {
  family: string;
  weight: FontSpec['weight'];
  /** How messages name it: the file name. */
  label: string;
  path: string;
  data: Buffer;
  /** The file's size and modification time when `data` was read. */
  size: number;
  mtimeMs: number;
  chars: CharSet;
  /** `data` is a face copied out of a font collection, not the file's own bytes. */
  fromCollection: boolean;
  /** The weight the file is made as (see fontWeight.ts); undefined for a variable font. */
  madeAs: number | undefined;
}

export class FontFileError extends Error {
  /** What to do, when the error knows better than its caller's general advice. */
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Family name given to a deck's own fallback font. */
export function fallbackFamily(file: string): string {
  return `${FALLBACK}${path.basename(file)}`;
}

export function isFallbackFamily(family: string): boolean {
  return family.startsWith(FALLBACK);
}

const FALLBACK = 'fallback ';

export function resolveFontPath(spec: Pick<FontSpec, 'npm' | 'file'>, fontsDir: string, root: string): string {
  if (spec.file !== undefined) {
    const full = path.resolve(fontsDir, spec.file);
    return onDisk(path.dirname(full), path.basename(full)) ?? full;
  }
  if (spec.npm === undefined) throw new FontFileError('a theme font names neither "npm" nor "file"');
  // Node would print a deprecation of the package's own folder mappings for one (@fontsource's).
  if (spec.npm.endsWith('/')) throw new FontFileError(`the font "${spec.npm}" names a folder, not a font file`, `Write the name of a file of node_modules/${spec.npm} after its last "/".`);
  for (const base of [root, packageRoot]) {
    try {
      return createRequire(path.join(base, 'package.json')).resolve(spec.npm);
    } catch {
      // Try the next place: the project may rely on cardnews's own dependency.
    }
  }
  // Say which it is: a package missing from node_modules, or a path its package does not have.
  const name = /^(@[^/]+\/)?[^/]+/.exec(spec.npm)?.[0] ?? spec.npm;
  const installed = [root, packageRoot].map((base) => path.join(base, 'node_modules')).find((modules) => existsSync(path.join(modules, name)));
  if (installed === undefined) {
    throw new FontFileError(`the font "${spec.npm}" cannot be found: the package ${name} is not installed`, `Install it (npm install ${name}), or write the path of a font from an installed package.`);
  }
  const near = nearFontFile(path.join(installed, path.dirname(spec.npm)), path.basename(spec.npm));
  const guess = near === undefined ? '' : `Did you mean "${path.posix.join(path.posix.dirname(spec.npm), near)}"? `;
  throw new FontFileError(`the font "${spec.npm}" cannot be found: the package ${name} has no such file`, `${guess}Check the path after "${name}/" against the files in node_modules/${name}/.`);
}

/** A file of `dir` whose name is near `file` ("nanumgothic.ttf" for "NanumGothic.ttf"), if any. */
export function nearFontFile(dir: string, file: string): string | undefined {
  const names = fontFilesIn(dir);
  return names === undefined ? undefined : nearestWord(file, names);
}

/** The font files of a folder, in name order, but hidden ones; undefined when there is no such folder. */
export function fontFilesIn(dir: string): string[] | undefined {
  try {
    return readdirSync(dir).filter((name) => !isHidden(name) && /\.(ttf|otf|ttc|otc|woff)$/i.test(name)).sort();
  } catch {
    return undefined;
  }
}

/**
 * What a file named as a font is instead, when it is what a font download often brings: the
 * site's web page (saved from a link that leads to a download page) or the ZIP archive the
 * fonts come in.
 */
function otherKindOfFile(data: Buffer): { what: string; hint: string } | undefined {
  const kind = otherKindOf(data);
  if (kind === 'zip') return { what: 'it is a ZIP archive, the package the font files come in', hint: 'Unzip it, put the .ttf or .otf file of each weight into fonts/, and name those files.' };
  if (kind === 'html') return { what: 'it is a web page (HTML), not the font: the link it was saved from leads to a download page', hint: 'Open that page in a browser, download the font from it (a .ttf or .otf file, unzipped), and put that file into fonts/.' };
  return undefined;
}

const cache = new Map<string, { stamp: string; loaded: Promise<LoadedFont> }>();

/** Read once per process, and again if the file changes (a program may run several builds). */
export function loadFont(family: string, weight: FontSpec['weight'], fontPath: string): Promise<LoadedFont> {
  const key = `${family}\0${weight}\0${fontPath}`;
  const stat = statSync(fontPath, { throwIfNoEntry: false });
  const stamp = `${stat?.size}\0${stat?.mtimeMs}`;
  const cached = cache.get(key);
  if (cached?.stamp === stamp) return cached.loaded;
  const loaded = (async () => {
    let data: Buffer;
    try {
      data = await readFile(fontPath);
    } catch {
      throw new FontFileError(`there is no readable font file ${displayPath(fontPath)}`);
    }
    let chars: CharSet;
    let madeAs: number | undefined;
    let label = path.basename(fontPath);
    const fromCollection = isCollection(data);
    try {
      if (fromCollection) {
        const face = faceFor(data, weight);
        data = Buffer.from(face.data.buffer, face.data.byteOffset, face.data.byteLength);
        if (face.name !== '') label = `${label} (${face.name})`;
      }
      if (isWoff(data)) data = sfntOfWoff(data);
      chars = readCharSet(data);
      madeAs = staticWeightOf(data);
    } catch (error) {
      const other = otherKindOfFile(data);
      if (other !== undefined) throw new FontFileError(`${path.basename(fontPath)} is not a usable font: ${other.what}`, other.hint);
      // Web font packages ship each font as both: the .woff beside it is the same font.
      const woff = fontPath.replace(/\.woff2$/i, '.woff');
      if (woff !== fontPath && existsSync(woff)) throw new FontFileError(`${path.basename(fontPath)} is not a usable font: WOFF2 fonts are not supported`, `Name ${path.basename(woff)} instead, beside it: the same font as WOFF, which cardnews reads.`);
      // …and their variable fonts come as WOFF2 alone, in a package of their own.
      const variable = /[\\/]@fontsource-variable[\\/]([^\\/]+)[\\/]/.exec(fontPath)?.[1];
      if (variable !== undefined) throw new FontFileError(`${path.basename(fontPath)} is not a usable font: WOFF2 fonts are not supported`, `Install @fontsource/${variable} (npm install @fontsource/${variable}) and name its .woff file of each weight: the same font, which cardnews reads.`);
      // A table that points past the end of the file: cut short by a download, or not a font.
      const why = error instanceof RangeError ? 'the file is incomplete or damaged (it ends before the data it lists), so copy or download it again' : (error as Error).message;
      throw new FontFileError(`${path.basename(fontPath)} is not a usable font: ${why}`);
    }
    const outlines = outlineProblem(data);
    if (outlines !== undefined) throw new FontFileError(`${path.basename(fontPath)} is not a usable font: ${outlines.what}`, outlines.hint);
    return { family, weight, label, path: fontPath, data, size: stat?.size ?? 0, mtimeMs: stat?.mtimeMs ?? 0, chars, fromCollection, madeAs };
  })();
  cache.set(key, { stamp, loaded });
  return loaded;
}
