/**
 * The manifest in each output folder records what every image was built from, so the next build
 * re-renders only slides whose inputs changed. It is written atomically and never claims an
 * image it has not seen written: entries of slides about to be rebuilt are dropped first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../paths.ts';
import type { FitReport } from '../plan/measure.ts';
import type { CaseBody } from '../plan/paginate.ts';
import { writeFileAtomic } from '../write/atomicWrite.ts';
import type { FileStamp } from './hash.ts';
import type { SlideKeyParts } from './keys.ts';

export const MANIFEST_FILE = '.cardnews-manifest.json';
const FORMAT = 2;

export interface ManifestSlide {
  name: string;
  /** Hash of everything the image was drawn from. */
  key: string;
  /** Size of the image file, to notice one that was replaced or truncated by hand. */
  bytes: number;
  parts: SlideKeyParts;
}

/** A layout already worked out: a case's pages (or none, for the cover and closing) and their fit. */
export interface CachedLayout {
  pages?: CaseBody[];
  reports: FitReport[];
}

export interface Manifest {
  format: typeof FORMAT;
  /** Only a build that drew every slide and removed the stale ones marks its manifest complete. */
  complete: boolean;
  tools: Record<string, string>;
  deck: string;
  /** The template the deck used, found by name under `root` (or shipped with cardnews) at `dir`. */
  template: { root: string; name: string; dir: string };
  /** Every file the images were built from, by absolute path. */
  inputs: Record<string, FileStamp>;
  /** Layouts already worked out, by the hash of what they depend on. */
  layouts: Record<string, CachedLayout>;
  slides: ManifestSlide[];
  /**
   * What the build that wrote it warned about (more slides than a post holds, Markdown in a
   * bullet …): said again by builds with nothing to do, or the warning seemed to be gone.
   */
  warnings?: string[];
}

/** A warning's file (before its `:line:col: ` or `: `; on Windows after a drive's `C:`). */
const WARNING_FILE = /^(?:[A-Za-z]:)?[^:\n]+(?=(?::\d+:\d+)?: )/;

/**
 * Warnings as a manifest keeps them: their files by absolute path, and as a build says them again,
 * relative to the folder it runs in (a build run from data/ said `data/x.yaml` of another's).
 */
export function keptWarnings(warnings: readonly string[]): string[] {
  return warnings.map((warning) => warning.replace(WARNING_FILE, (file) => path.resolve(file)));
}

export function saidWarnings(kept: readonly string[] | undefined): string[] {
  return (kept ?? []).map((warning) => warning.replace(WARNING_FILE, (file) => displayPath(file)));
}

export function manifestPath(outputDir: string): string {
  return path.join(outputDir, MANIFEST_FILE);
}

/** The manifest of an output folder, or undefined when there is none or it is unreadable. */
export function readManifest(outputDir: string): Manifest | undefined {
  try {
    const parsed = JSON.parse(readFileSync(manifestPath(outputDir), 'utf8')) as Partial<Manifest>;
    if (parsed.format !== FORMAT || !Array.isArray(parsed.slides)) return undefined;
    return parsed as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * The layouts the other periods' builds kept. A layout's key hashes all it was made from, so one
 * is as good for any period: a renamed period, or one copied from another, takes them instead
 * of laying its slides out again.
 */
export function otherPeriodsLayouts(outputDir: string): Record<string, CachedLayout> {
  const root = path.dirname(outputDir);
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return {};
  }
  const layouts: Record<string, CachedLayout> = {};
  for (const entry of entries) if (path.join(root, entry) !== outputDir) Object.assign(layouts, readManifest(path.join(root, entry))?.layouts);
  return layouts;
}

export async function writeManifest(outputDir: string, manifest: Manifest): Promise<void> {
  await writeFileAtomic(manifestPath(outputDir), `${JSON.stringify(manifest, null, 1)}\n`);
}
