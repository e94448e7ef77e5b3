/**
 * A font collection (.ttc) made of font files, for tests: collections on this machine come only
 * with Debian packages the tests do not install. Each font keeps its own tables (a real
 * collection shares some); what a reader of collections sees is the same.
 */
export function makeCollection(fonts: readonly Uint8Array[]): Uint8Array {
  const views = fonts.map((font) => new DataView(font.buffer, font.byteOffset, font.byteLength));
  const counts = views.map((view) => view.getUint16(4));
  const header = 12 + fonts.length * 4;
  const directories = counts.map((count) => 12 + count * 16);
  const pad = (n: number) => (n + 3) & ~3;
  const tableBytes = views.map((view, f) => Array.from({ length: counts[f] ?? 0 }, (_, i) => pad(view.getUint32(12 + i * 16 + 12))).reduce((a, b) => a + b, 0));
  const size = header + directories.reduce((a, b) => a + b, 0) + tableBytes.reduce((a, b) => a + b, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set([...'ttcf'].map((c) => c.charCodeAt(0)), 0);
  view.setUint32(4, 0x00010000);
  view.setUint32(8, fonts.length);
  let directory = header;
  let data = header + directories.reduce((a, b) => a + b, 0);
  fonts.forEach((font, f) => {
    const source = views[f];
    const count = counts[f] ?? 0;
    if (source === undefined) return;
    view.setUint32(12 + f * 4, directory);
    out.set(font.subarray(0, 12), directory);
    for (let i = 0; i < count; i++) {
      const entry = 12 + i * 16;
      const offset = source.getUint32(entry + 8);
      const length = source.getUint32(entry + 12);
      out.set(font.subarray(entry, entry + 8), directory + entry);
      view.setUint32(directory + entry + 8, data);
      view.setUint32(directory + entry + 12, length);
      out.set(font.subarray(offset, offset + length), data);
      data += pad(length);
    }
    directory += directories[f] ?? 0;
  });
  return out;
}

/** The font with its family name changed in its name table, to one of the same length. */
export function renamed(font: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('a name of the same length is needed');
  const utf16 = (text: string) => Buffer.from([...text].flatMap((c) => [0, c.charCodeAt(0)]));
  const copy = Buffer.from(font);
  const [was, now] = [utf16(from), utf16(to)];
  for (let at = copy.indexOf(was); at >= 0; at = copy.indexOf(was, at + 1)) now.copy(copy, at);
  return copy;
}
