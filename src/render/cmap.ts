/**
 * Which characters a font file can draw, read from its `cmap` table. Used to check every
 * character of a deck before rendering, because satori silently draws nothing (or an empty box)
 * for a character no font has. Reads TrueType/OpenType (.ttf/.otf) files; its table
 * lookup (findTable) also serves the font's other tables (fontWeight.ts).
 */

/** The characters a font has: looked up in its cmap as asked, not decoded whole (11,000+ in a Korean font). */
export interface CharSet {
  has(codePoint: number): boolean;
}

export function readCharSet(data: Uint8Array): CharSet {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const cmap = findTable(data, view, 'cmap');
  if (cmap === undefined) throw new Error('the font has no cmap table');
  return cmapCharSet(cmap);
}

/** The characters of a cmap table's Unicode subtables. */
export function cmapCharSet(cmap: Uint8Array): CharSet {
  const lookups = unicodeSubtables(new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength));
  return { has: (codePoint) => lookups.some((has) => has(codePoint)) };
}

/** The four-letter tag at `offset` (a table's, or a file's signature). */
export function tagAt(view: DataView, offset: number): string {
  return String.fromCharCode(view.getUint8(offset), view.getUint8(offset + 1), view.getUint8(offset + 2), view.getUint8(offset + 3));
}

/** A table of a .ttf or .otf file (a .woff is unwrapped first: woff.ts), after checking every table lies inside the file. */
export function findTable(data: Uint8Array, view: DataView, wanted: string): Uint8Array | undefined {
  const signature = tagAt(view, 0);
  if (signature === 'wOF2') throw new Error('WOFF2 fonts are not supported; use a .ttf, .otf, .ttc or .woff file');
  if (signature !== 'OTTO' && signature !== 'true' && view.getUint32(0) !== 0x00010000) throw new Error('the file is not a font (it does not start like a .ttf, .otf, .ttc or .woff file)');
  // Every table must lie inside the file: a font cut short would pass here and fail in satori.
  const count = view.getUint16(4);
  let found: Uint8Array | undefined;
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;
    const offset = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    if (offset + length > data.length) throw new RangeError(`table ${tagAt(view, entry)} ends past the end of the file`);
    if (tagAt(view, entry) === wanted) found = data.subarray(offset, offset + length);
  }
  return found;
}

type Lookup = (codePoint: number) => boolean;

function unicodeSubtables(view: DataView): Lookup[] {
  const lookups: Lookup[] = [];
  const count = view.getUint16(2);
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(4 + i * 8);
    const encoding = view.getUint16(6 + i * 8);
    const offset = view.getUint32(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(offset);
    if (format === 4) lookups.push(format4(view, offset));
    else if (format === 12) lookups.push(format12(view, offset));
  }
  return lookups;
}

/** The first of `count` ascending entries whose value is at least `value`, or `count`. */
function firstAtLeast(count: number, valueAt: (index: number) => number, value: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (valueAt(mid) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Segments of 16-bit code points, each mapped by a delta or through an array of glyph ids. */
function format4(view: DataView, offset: number): Lookup {
  const segCount = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  return (cp) => {
    if (cp >= 0xffff) return false;
    const s = firstAtLeast(segCount, (i) => view.getUint16(ends + i * 2), cp);
    if (s === segCount) return false;
    const start = view.getUint16(starts + s * 2);
    if (cp < start) return false;
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    if (rangeOffset === 0) return ((cp + delta) & 0xffff) !== 0;
    const glyphAt = rangeOffsetAt + rangeOffset + (cp - start) * 2;
    const glyph = glyphAt + 2 <= view.byteLength ? view.getUint16(glyphAt) : 0;
    return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
  };
}

/** Groups of code points mapped to consecutive glyph ids. */
function format12(view: DataView, offset: number): Lookup {
  const groups = view.getUint32(offset + 12);
  const group = (g: number) => offset + 16 + g * 12;
  return (cp) => {
    const g = firstAtLeast(groups, (i) => view.getUint32(group(i) + 4), cp);
    if (g === groups) return false;
    const start = view.getUint32(group(g));
    return cp >= start && view.getUint32(group(g) + 8) + (cp - start) !== 0;
  };
}
