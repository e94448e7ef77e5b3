/** Pixel helpers for rendering tests: decode, compare with a golden image, look for colours. */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import sharp from 'sharp';
import { repoRoot } from './fixtures.ts';

export interface Raw {
  width: number;
  height: number;
  data: Buffer;
}

export async function readRaw(file: string): Promise<Raw> {
  const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

/** Where failing image tests leave the actual and diff images for a person to look at. */
export const resultsDir = path.join(repoRoot, 'test-results');

export interface GoldenResult {
  /** Fraction of pixels that differ beyond anti-aliasing noise. */
  differing: number;
  note: string;
}

/**
 * Compare an image with its golden copy. With UPDATE_GOLDEN=1 the golden is (re)written, unless
 * it is another test's (`owned` false: that test writes it, from its own drawing).
 * On a difference the actual image and a diff image are written to test-results/.
 */
export async function compareGolden(actual: string, golden: string, owned = true): Promise<GoldenResult> {
  if (owned && (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(golden))) {
    mkdirSync(path.dirname(golden), { recursive: true });
    copyFileSync(actual, golden);
    return { differing: 0, note: 'golden written' };
  }
  const [a, b] = await Promise.all([readRaw(actual), readRaw(golden)]);
  if (a.width !== b.width || a.height !== b.height) return { differing: 1, note: `size ${a.width}×${a.height}, golden ${b.width}×${b.height}` };
  const diff = Buffer.alloc(a.width * a.height * 4);
  const count = pixelmatch(a.data, b.data, diff, a.width, a.height, { threshold: 0.1 });
  const differing = count / (a.width * a.height);
  if (count > 0) {
    mkdirSync(resultsDir, { recursive: true });
    const base = path.join(resultsDir, path.basename(actual, '.png'));
    copyFileSync(actual, `${base}.actual.png`);
    await sharp(diff, { raw: { width: a.width, height: a.height, channels: 4 } }).png().toFile(`${base}.diff.png`);
  }
  return { differing, note: count > 0 ? `${count} pixels differ; see ${path.relative(repoRoot, resultsDir)}/` : 'identical' };
}

/** How many pixels in a region are within `tolerance` of a colour (per channel). */
export function countColor(raw: Raw, rgb: [number, number, number], tolerance: number, region = { left: 0, top: 0, width: raw.width, height: raw.height }): number {
  let count = 0;
  for (let y = region.top; y < region.top + region.height; y++) {
    for (let x = region.left; x < region.left + region.width; x++) {
      const i = (y * raw.width + x) * 4;
      if (Math.abs((raw.data[i] ?? 0) - rgb[0]) <= tolerance && Math.abs((raw.data[i + 1] ?? 0) - rgb[1]) <= tolerance && Math.abs((raw.data[i + 2] ?? 0) - rgb[2]) <= tolerance) count++;
    }
  }
  return count;
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A 1×1 PNG, as a template might draw it. */
export const DOT_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
