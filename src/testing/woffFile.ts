/**
 * A WOFF file made of a font file, for tests: the web font packages that ship .woff files
 * (@fontsource) are not among this project's dependencies. Each table is compressed, as a WOFF
 * maker does when that makes it smaller.
 */
import { deflateSync } from 'node:zlib';

export function makeWoff(font: Uint8Array): Buffer {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 12 + i * 16;
    const offset = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    const bytes = font.subarray(offset, offset + length);
    const packed = deflateSync(bytes);
    return { tag: view.getUint32(entry), checksum: view.getUint32(entry + 4), length, stored: packed.length < length ? packed : Buffer.from(bytes) };
  });
  const pad = (n: number) => (n + 3) & ~3;
  const header = 44 + count * 20;
  const out = Buffer.alloc(header + tables.reduce((sum, t) => sum + pad(t.stored.length), 0));
  out.write('wOFF', 0, 'latin1');
  out.writeUInt32BE(view.getUint32(0), 4);
  out.writeUInt32BE(out.length, 8);
  out.writeUInt16BE(count, 12);
  out.writeUInt32BE(12 + count * 16 + tables.reduce((sum, t) => sum + pad(t.length), 0), 16);
  out.writeUInt16BE(1, 20);
  let at = header;
  tables.forEach((table, i) => {
    const entry = 44 + i * 20;
    out.writeUInt32BE(table.tag, entry);
    out.writeUInt32BE(at, entry + 4);
    out.writeUInt32BE(table.stored.length, entry + 8);
    out.writeUInt32BE(table.length, entry + 12);
    out.writeUInt32BE(table.checksum, entry + 16);
    table.stored.copy(out, at);
    at += pad(table.stored.length);
  });
  return out;
}
