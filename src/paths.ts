/** Where a cardnews project keeps its folders. Everything is relative to the project root. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ProjectPaths {
  root: string;
  data: string;
  templates: string;
  fonts: string;
  output: string;
}

export function projectPaths(root: string): ProjectPaths {
  const abs = path.resolve(root);
  return {
    root: abs,
    data: path.join(abs, 'data'),
    templates: path.join(abs, 'templates'),
    fonts: path.join(abs, 'fonts'),
    output: path.join(abs, 'output'),
  };
}

/**
 * The project a command run in `cwd` works on: the nearest folder upwards with a data/ folder,
 * as git finds its repository — so that a build run from data/ or output/2024-h2/ works on the
 * project, not on an empty one. The search stops at a package.json (a project's edge); with no
 * data/ up to there the project is `cwd` itself, and the build says its data/ has no decks.
 */
export function findProjectRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'data'))) return dir;
    if (existsSync(path.join(dir, 'package.json')) || path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

/** What a folder of every period is, when `folder` (absolute) is one: named instead of a period. */
export function folderOfEveryPeriod(folder: string, paths: ProjectPaths): string | undefined {
  if (folder === paths.data) return 'the folder of the decks';
  if (folder === paths.output) return 'the output folder of every period';
  return folder === paths.root ? 'the project folder' : undefined;
}

/**
 * A path the command line gives, with Windows' backslashes read as slashes where `\` is no
 * separator (`'data\2024-h2.yaml'`, quoted, from instructions written on Windows): there it is
 * a letter of a file name, and no deck or period has one.
 */
export const asTyped = (written: string) => (path.sep === '/' ? written.replaceAll('\\', '/') : written);

/** A deck file's period: its name without .yaml, which is also its output folder's name. */
export function periodId(deckFile: string): string {
  return withoutDeckEnding(path.basename(deckFile));
}

/** A deck's file name or path without its `.yaml` (or `.yml`). */
export const withoutDeckEnding = (file: string) => file.replace(/\.ya?ml$/i, '');

/** A path as messages show it: relative to the working directory when inside it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

/**
 * The folder of the cardnews package itself (its templates and dependencies): the nearest
 * folder upwards with cardnews's package.json. Searched, not assumed, because this code also
 * runs from the worker bundle in node_modules/.cache/.
 */
export const packageRoot = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

/** What cardnews makes for itself and keeps between builds: bundles, code caches, font subsets. */
export const cacheDir = path.join(packageRoot, 'node_modules', '.cache', 'cardnews');

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    try {
      const name = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name;
      if (name === 'cardnews') return dir;
    } catch {
      // No package.json here: keep looking upwards.
    }
    if (path.dirname(dir) === dir) throw new Error(`cannot find the cardnews package above ${start}`);
  }
}

/** Whether two names read the same, their Hangul in syllables (NFC) or in letters (NFD, as a Mac writes file names). */
export const sameName = (a: string, b: string) => a.normalize('NFC') === b.normalize('NFC');

/**
 * The path of `name` in `dir` as it is on disk: the name itself, or one that reads the same with
 * its Hangul in letters (NFD), as a Mac names files and folders (`나눔고딕.ttf` copied from one);
 * undefined when there is none.
 */
export function onDisk(dir: string, name: string): string | undefined {
  const exact = path.join(dir, name);
  if (existsSync(exact)) return exact;
  const same = listDir(dir).find((entry) => sameName(entry, name));
  return same === undefined ? undefined : path.join(dir, same);
}

/** A folder's entries, none when it is not there (or cannot be read). */
export function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Whether `file` is a folder (through a symlink too); false when it is anything else, or nothing. */
export function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A file or folder a listing of the project's folders passes over: a hidden one. A Mac writes a
 * `._` copy of its metadata beside each file it copies to a USB stick or a share, and a
 * `.DS_Store` into each folder Finder opens; editors keep swap files and history there.
 */
export const isHidden = (name: string) => name.startsWith('.');
