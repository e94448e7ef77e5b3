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

/**
 * The manifest of an output folder, or undefined when there is none, or it is unreadable or not
 * of the shape this version writes (a sync tool's conflicted copy, a disk error): then the period
 * is built as if for the first time, and its images are drawn again.
 */
export function readManifest(outputDir: string): Manifest | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(manifestPath(outputDir), 'utf8'));
  } catch {
    return undefined;
  }
  return isManifest(parsed) ? parsed : undefined;
}

type Check = (value: unknown) => boolean;
const string: Check = (value) => typeof value === 'string';
const number: Check = (value) => typeof value === 'number';
const object = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const fields = (checks: Record<string, Check>): Check => (value) => object(value) && Object.entries(checks).every(([name, check]) => check(value[name]));
const list = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);
const record = (check: Check): Check => (value) => object(value) && Object.values(value).every(check);
const optional = (check: Check): Check => (value) => value === undefined || check(value);

const isManifest = fields({
  format: (value) => value === FORMAT,
  complete: (value) => typeof value === 'boolean',
  tools: record(string),
  deck: string,
  template: fields({ root: string, name: string, dir: string }),
  inputs: record(fields({ size: number, mtimeMs: number, hash: string })),
  layouts: record(fields({ pages: optional(list(object)), reports: list(fields({ bodyNeeded: number, bodyAvailable: number, titleLines: number, blocks: list(object), missing: list(string) })) })),
  slides: list(fields({ name: string, key: string, bytes: number, parts: record(string) })),
  warnings: optional(list(string)),
}) as (value: unknown) => value is Manifest;

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
