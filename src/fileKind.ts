/**
 * What a file is, from how it begins, when it is not what its name says: what a download or a
 * "Save as" leaves in place of a font or a deck — a ZIP archive (and the Word and Hangul
 * documents that are ZIP inside), a web page, rich text, an HWP or old Word file, a PDF. Each
 * caller words what to do about it.
 */
export type OtherKind = 'zip' | 'html' | 'rtf' | 'ole' | 'pdf';

const STARTS: [OtherKind, number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0]],
  ['rtf', [...'{\\rtf'].map((c) => c.charCodeAt(0))],
  ['pdf', [...'%PDF-'].map((c) => c.charCodeAt(0))],
];

export function otherKindOf(bytes: Uint8Array): OtherKind | undefined {
  const found = STARTS.find(([, start]) => start.every((byte, i) => bytes[i] === byte));
  if (found !== undefined) return found[0];
  const start = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF?\s*/u, '').toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || (start.startsWith('<') && start.includes('<html')) ? 'html' : undefined;
}
