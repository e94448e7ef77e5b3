/**
 * A WOFF font (as web font packages such as @fontsource ship them) unwrapped into the plain
 * TrueType/OpenType file it holds. satori reads WOFF itself, but HarfBuzz, which cuts each font
 * down to a deck's characters (subsetFont.ts), does not: a .woff passed the checks and then
 * stopped every build as "damaged". Unwrapped once as the font is read, every later step sees
 * an ordinary font.
 */
import { inflateSync } from 'node:zlib';

const HEADER = 44;
const ENTRY = 20;

export function isWoff(data: Uint8Array): boolean {
  return data.length >= HEADER && data[0] === 0x77 && data[1] === 0x4f && data[2] === 0x46 && data[3] === 0x46;
}

/** The font inside a WOFF file: its tables inflated, laid out as a .ttf or .otf lays them out. */
export function sfntOfWoff(data: Uint8Array): Buffer {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const count = view.getUint16(12);
  if (HEADER + count * ENTRY > data.length) throw new RangeError('the table directory ends past the end of the file');
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = HEADER + i * ENTRY;
    const offset = view.getUint32(entry + 4);
    const compLength = view.getUint32(entry + 8);
    const origLength = view.getUint32(entry + 12);
    if (offset + compLength > data.length) throw new RangeError('a table ends past the end of the file');
    const stored = data.subarray(offset, offset + compLength);
    const bytes = compLength < origLength ? inflateSync(stored) : stored;
    if (bytes.length !== origLength) throw new RangeError('a table inflates to another length than the file says');
    return { tag: view.getUint32(entry), checksum: view.getUint32(entry + 16), bytes };
  });
  const padded = (length: number) => (length + 3) & ~3;
  const out = Buffer.alloc(12 + 16 * count + tables.reduce((sum, t) => sum + padded(t.bytes.length), 0));
  const power = count > 0 ? 2 ** Math.floor(Math.log2(count)) : 0;
  out.writeUInt32BE(view.getUint32(4), 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(power > 0 ? Math.log2(power) : 0, 8);
  out.writeUInt16BE(count * 16 - power * 16, 10);
  let at = 12 + 16 * count;
  tables.forEach((table, i) => {
    const record = 12 + 16 * i;
    out.writeUInt32BE(table.tag, record);
    out.writeUInt32BE(table.checksum, record + 4);
    out.writeUInt32BE(at, record + 8);
    out.writeUInt32BE(table.bytes.length, record + 12);
    out.set(table.bytes, at);
    at += padded(table.bytes.length);
  });
  return out;
}
