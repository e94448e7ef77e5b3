/**
 * Which characters a font file can draw, read from its `cmap` table. Used to check every
 * character of a deck before rendering, because satori silently draws nothing (or an empty box)
 * for a character no font has. Reads TrueType/OpenType (.ttf/.otf) and WOFF files.
 */
import { inflateSync } from 'node:zlib';

export type CharSet = Set<number>;

export function readCharSet(data: Uint8Array): CharSet {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const cmap = findTable(data, view, 'cmap');
  if (cmap === undefined) throw new Error('the font has no cmap table');
  return parseCmap(new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength));
}

function tag(view: DataView, offset: number): string {
  return String.fromCharCode(view.getUint8(offset), view.getUint8(offset + 1), view.getUint8(offset + 2), view.getUint8(offset + 3));
}

function findTable(data: Uint8Array, view: DataView, wanted: string): Uint8Array | undefined {
  const signature = tag(view, 0);
  if (signature === 'wOFF') {
    const count = view.getUint16(12);
    for (let i = 0; i < count; i++) {
      const entry = 44 + i * 20;
      if (tag(view, entry) !== wanted) continue;
      const offset = view.getUint32(entry + 4);
      const compLength = view.getUint32(entry + 8);
      const origLength = view.getUint32(entry + 12);
      const bytes = data.subarray(offset, offset + compLength);
      return compLength < origLength ? new Uint8Array(inflateSync(bytes)) : bytes;
    }
    return undefined;
  }
  if (signature === 'wOF2') throw new Error('WOFF2 fonts are not supported; use a .ttf, .otf or .woff file');
  if (signature === 'ttcf') throw new Error('font collections (.ttc) are not supported; use a single .ttf or .otf file');
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;
    if (tag(view, entry) !== wanted) continue;
    const offset = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    return data.subarray(offset, offset + length);
  }
  return undefined;
}

function parseCmap(view: DataView): CharSet {
  const chars: CharSet = new Set();
  const count = view.getUint16(2);
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(4 + i * 8);
    const encoding = view.getUint16(6 + i * 8);
    const offset = view.getUint32(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(offset);
    if (format === 4) readFormat4(view, offset, chars);
    else if (format === 12) readFormat12(view, offset, chars);
  }
  return chars;
}

function readFormat4(view: DataView, offset: number, chars: CharSet): void {
  const segCount = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const glyphAt = rangeOffsetAt + rangeOffset + (cp - start) * 2;
        glyph = glyphAt + 2 <= view.byteLength ? view.getUint16(glyphAt) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) chars.add(cp);
    }
  }
}

function readFormat12(view: DataView, offset: number, chars: CharSet): void {
  const groups = view.getUint32(offset + 12);
  for (let g = 0; g < groups; g++) {
    const at = offset + 16 + g * 12;
    const start = view.getUint32(at);
    const end = view.getUint32(at + 4);
    const firstGlyph = view.getUint32(at + 8);
    for (let cp = start; cp <= end; cp++) if (firstGlyph + (cp - start) !== 0) chars.add(cp);
  }
}
