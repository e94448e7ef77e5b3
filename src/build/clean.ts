/** `cardnews clean`: remove what builds wrote (slide images, manifest, stale temporaries). */
import { existsSync, readdirSync } from 'node:fs';
import { rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.ts';
import { asTyped, folderOfEveryPeriod, isFolder, isHidden, periodId, sameName, type ProjectPaths } from '../paths.ts';
import { readSlideName } from '../plan/slides.ts';
import { removeWhenFree, TEMP_FILE } from '../write/atomicWrite.ts';
import { insideOutput, knownPeriods, listDecks, periodAround, periodList, splitName } from './findDecks.ts';
import { acquireLock, type Lock } from './lock.ts';
import { MANIFEST_FILE, readManifest } from './manifest.ts';

/**
 * Removes the output of the given periods (none: every period folder in output/). Returns the
 * files removed; with `dryRun`, the files it would remove, and removes nothing.
 */
export async function clean(paths: ProjectPaths, periods: readonly string[], dryRun = false, cwd = process.cwd()): Promise<string[]> {
  const built = outputFolders(paths);
  const decks = listDecks(paths).map(periodId);
  // A period as its folder or deck names it (in Hangul letters, from a Mac, or not).
  // Each as a path from the folder the command runs in: "." inside a period's output folder is that period.
  const resolved = periods.map((written) => path.resolve(cwd, asTyped(written)));
  const named = resolved.map((file) => periodId(file)).map((id) => [...built, ...decks].find((known) => sameName(known, id)) ?? id);
  // A mistyped period would otherwise remove nothing and say so as if that were right.
  for (const [i, id] of named.entries()) {
    const written = periods[i] ?? '';
    const file = resolved[i] ?? '';
    const inside = periodAround(file, built, paths);
    if (inside !== undefined) throw insideOutput(written, inside);
    const known = [...new Set([...decks, ...built])];
    // `clean output` meant as "clean everything": the folder of all periods is no period.
    const everything = folderOfEveryPeriod(file, paths);
    if (everything !== undefined) throw new UsageError(`"${written}" is ${everything}: name no period to clean them all, or name one (${periodList(known)})`);
    if (!built.includes(id) && !decks.includes(id)) throw splitName(periods, i, known) ?? new UsageError(`"${written}" is neither a period in data/ nor a folder in output/ ${knownPeriods(asTyped(written), known)}`);
  }
  // Named none: the folders builds made (named for a deck, or holding the manifest of a deck of
  // their name), not a folder of the user's own in output/ (copies kept in output/업로드완료/
  // lost their slide-named images; a period's folder copied whole keeps its manifest).
  const ids = named.length > 0 ? named : built.filter((id) => decks.includes(id) || deckBuiltHere(paths, id) !== undefined);
  const folders = ids.map((id) => path.join(paths.output, id)).filter((dir) => existsSync(dir));
  // Only what a build writes — its images (those an interrupted build wrote before recording
  // them too, as a build would remove them), its manifest and temporaries: anything else a user put here stays.
  const theirs = (dir: string) => {
    const ours = new Set((readManifest(dir)?.slides ?? []).map((s) => `${s.name}.png`));
    return readdirSync(dir).sort().filter((entry) => ours.has(entry) || isSlideImage(entry) || entry === MANIFEST_FILE || TEMP_FILE.test(entry)).map((entry) => path.join(dir, entry));
  };
  if (dryRun) return folders.flatMap(theirs);
  // Every folder's lock first: a build running on one of them stops the clean before it removes anything.
  const locks: Lock[] = [];
  try {
    for (const dir of folders) locks.push(acquireLock(dir));
    const removed: string[] = [];
    for (const dir of folders) {
      for (const file of theirs(dir)) {
        await rm(file, removeWhenFree());
        removed.push(file);
      }
    }
    return removed;
  } finally {
    for (const lock of locks) lock.release();
    await Promise.all(folders.map((dir) => rmdir(dir).catch(() => undefined)));
  }
}

/** Periods in output/ that builds made but whose deck is gone from data/. */
export function periodsWithoutDeck(paths: ProjectPaths): string[] {
  const decks = new Set(listDecks(paths).map(periodId));
  return outputFolders(paths)
    .filter((id) => {
      if (decks.has(id)) return false;
      // A period built from a deck outside data/ (data/archive/2023-h1.yaml, named by its path) still has it.
      const deck = deckBuiltHere(paths, id);
      return deck !== undefined && !existsSync(deck);
    })
    .sort();
}

/**
 * The deck of a folder a build of the period of its name made (it holds that period's manifest),
 * if the folder is one. A period's folder copied whole under another name (`2024-h2 (업로드 완료)`,
 * kept as what was posted) holds the manifest of the period it was copied from: it is the
 * user's, and `clean` emptied it.
 */
function deckBuiltHere(paths: ProjectPaths, id: string): string | undefined {
  const manifest = readManifest(path.join(paths.output, id));
  return manifest !== undefined && sameName(periodId(manifest.deck), id) ? manifest.deck : undefined;
}

const isSlideImage = (file: string) => file.endsWith('.png') && readSlideName(file.slice(0, -'.png'.length)) !== undefined;

/**
 * The period folders in output/: not its files (`clean` stopped on the .DS_Store Finder leaves
 * there: "a part of this path is a file"), nor hidden ones.
 */
function outputFolders(paths: ProjectPaths): string[] {
  return existsSync(paths.output) ? readdirSync(paths.output).filter((name) => !isHidden(name) && isFolder(path.join(paths.output, name))) : [];
}
