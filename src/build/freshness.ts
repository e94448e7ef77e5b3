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

/** The period's manifest, and whether it shows the period up to date. */
export function freshness(deckFile: string, outputRoot: string): { outputDir: string; manifest: Manifest | undefined; fresh: boolean } {
  const outputDir = path.join(outputRoot, periodId(deckFile));
  const manifest = readManifest(outputDir);
  return { outputDir, manifest, fresh: manifest !== undefined && isUpToDate(manifest, deckFile, outputDir) };
}

/** Nothing the images were built from has changed, and every image is still there. */
function isUpToDate(manifest: Manifest, deckFile: string, outputDir: string): boolean {
  if (!manifest.complete || manifest.deck !== deckFile || JSON.stringify(manifest.tools) !== JSON.stringify(toolVersions())) return false;
  if (manifest.inputs[deckFile] === undefined) return false;
  // A template folder added to (or removed from) the project changes which template a name means.
  if (templateDir(manifest.template.root, manifest.template.name) !== manifest.template.dir) return false;
  for (const [file, previous] of Object.entries(manifest.inputs)) {
    if (stampFile(file, previous)?.hash !== previous.hash) return false;
  }
  return manifest.slides.every((slide) => fileBytes(path.join(outputDir, `${slide.name}.png`)) === slide.bytes);
}

export function fileBytes(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}
