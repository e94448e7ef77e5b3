/**
 * The weight a static font file is made as, from its OS/2 table. A theme that names a file for
 * another weight (the Regular file for 700) gets that file's letters at that weight: satori
 * takes the font to be 700, so it does not thicken them, and bold text comes out regular. A
 * variable font has no one weight
 * (subsetFont.ts sets it at the theme's).
 */
import { findTable } from './cmap.ts';

/** OS/2 usWeightClass (100–900), or undefined for a variable font or a file that does not say. */
export function staticWeightOf(data: Uint8Array): number | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (findTable(data, view, 'fvar') !== undefined) return undefined;
  const os2 = findTable(data, view, 'OS/2');
  return os2 === undefined ? undefined : weightClass(os2);
}

/** The usWeightClass an OS/2 table gives (100–1000), or undefined when it gives none that is one. */
export function weightClass(os2: Uint8Array): number | undefined {
  if (os2.byteLength < 6) return undefined;
  const weight = new DataView(os2.buffer, os2.byteOffset, os2.byteLength).getUint16(4);
  return weight >= 100 && weight <= 1000 ? weight : undefined;
}

/** Weights this far apart look different: Regular (400) and Bold (700), not Regular and Medium. */
export const DISTINCT_WEIGHTS = 200;
