/**
 * Whether a period's images are up to date, decided from its manifest alone: every input file
 * unchanged (size and time, or else content), the same tool versions, every image on disk. This
 * is all a build with nothing to do runs, so it imports nothing heavy.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { templateDir } from '../compose/templateDir.ts';
import { periodId } from '../paths.ts';
import { stampFile } from './hash.ts';
import { readManifest, type Manifest } from './manifest.ts';
import { toolVersions } from './versions.ts';

export interface FreshPeriod {
  id: string;
  deckFile: string;
  outputDir: string;
  manifest: Manifest;
}

/**
 * How much of a period is out of date: none of it; an edit of its deck alone (which may change a
 * single slide); or more — no images yet, a template, theme, font or tool changed, images gone —
 * which usually means many slides, enough to start every worker at once.
 */
export type Staleness = 'fresh' | 'deck' | 'more';

/** The period's manifest, and how much of the period it shows out of date. */
export function freshness(deckFile: string, outputRoot: string): { outputDir: string; manifest: Manifest | undefined; staleness: Staleness } {
  const outputDir = path.join(outputRoot, periodId(deckFile));
  const manifest = readManifest(outputDir);
  return { outputDir, manifest, staleness: manifest === undefined ? 'more' : stalenessOf(manifest, deckFile, outputDir) };
}

/** 'fresh': nothing the images were built from has changed, and every image is still there. */
function stalenessOf(manifest: Manifest, deckFile: string, outputDir: string): Staleness {
  if (!manifest.complete || manifest.deck !== deckFile || JSON.stringify(manifest.tools) !== JSON.stringify(toolVersions())) return 'more';
  if (manifest.inputs[deckFile] === undefined) return 'more';
  // A template folder added to (or removed from) the project changes which template a name means.
  if (templateDir(manifest.template.root, manifest.template.name) !== manifest.template.dir) return 'more';
  let staleness: Staleness = 'fresh';
  for (const [file, previous] of Object.entries(manifest.inputs)) {
    if (stampFile(file, previous)?.hash === previous.hash) continue;
    if (file !== deckFile) return 'more';
    staleness = 'deck';
  }
  const missing = manifest.slides.filter((slide) => fileBytes(path.join(outputDir, `${slide.name}.png`)) !== slide.bytes).length;
  return missing > 1 ? 'more' : missing === 1 && staleness === 'fresh' ? 'deck' : staleness;
}

export function fileBytes(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}
