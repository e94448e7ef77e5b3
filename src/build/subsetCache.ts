/**
 * Font subsets kept between builds, in cardnews's cache folder next to its bundles. Cutting a
 * deck's fonts down takes ~40–80 ms of the main thread before a worker can lay out anything, and
 * most builds cut them to the characters of the build before: an edit that brings no new
 * character, a template edit, a build after `clean`. A subset is keyed by its font file (path,
 * size and time, as the bundles' sources are), the weight a variable font is fixed at, the
 * characters, and the subsetter's own file.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cacheDir } from '../paths.ts';
import type { LoadedFont } from '../render/fonts.ts';
import { writeFileAtomicSync } from '../write/atomicWrite.ts';
import { readWhole, withWholeMark } from '../write/wholeFile.ts';
import { hashOf } from './hash.ts';

/**
 * Subsets of the most recent character sets are kept; older ones are removed as new ones come.
 * Enough for a project of many periods, each of its own characters (3 fonts each: 80 periods;
 * ~75 KB a subset): 48 were cut again on every build of 24 periods, 1.1 s of this thread.
 */
const KEEP = 240;

/** The subsets of `fonts` for `characters`: from the cache, or made by `make` and kept. */
export function cachedSubsets(fonts: readonly LoadedFont[], characters: ReadonlySet<number>, make: () => Uint8Array[]): Uint8Array[] {
  const chars = [...characters].sort((a, b) => a - b).join(',');
  const subsetter = subsetterStamp();
  const files = fonts.map((font) => path.join(cacheDir, `subset-${hashOf(font.path, String(font.size), String(font.mtimeMs), String(font.weight), subsetter, chars)}.ttf`));
  const kept = files.map(readWhole);
  if (kept.every((data): data is Buffer => data !== undefined)) return kept;
  const made = make();
  try {
    // Written whole or not at all: a build that reads one meanwhile finds the old file or none.
    made.forEach((data, i) => writeFileAtomicSync(files[i] ?? '', withWholeMark(data)));
    prune();
  } catch {
    // A cache that cannot be written (a read-only install) only costs the next build the time.
  }
  return made;
}

function prune(): void {
  const subsets = readdirSync(cacheDir)
    .filter((f) => f.startsWith('subset-') && f.endsWith('.ttf'))
    .map((f) => ({ file: path.join(cacheDir, f), time: statSync(path.join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { file } of subsets.slice(KEEP)) rmSync(file, { force: true });
}

let stamp: string | undefined;

/** The HarfBuzz build that cuts the fonts: another one may cut them differently. */
function subsetterStamp(): string {
  if (stamp === undefined) {
    const wasm = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    const { size, mtimeMs } = statSync(wasm);
    stamp = `${size}:${mtimeMs}`;
  }
  return stamp;
}
