/**
 * A deck file's bytes → its text. Decks are UTF-8 (the format is a contract other tools read
 * too). Korean Windows still saves text as EUC-KR (CP949, "ANSI" in Notepad) or UTF-16
 * ("Unicode"); read as UTF-8, such a file turns into replacement characters that then fail as
 * "a character no font has" in every line. Say what happened and how to save it instead; and so
 * for a word processor's document saved under a deck's name.
 */
import { isUtf8 } from 'node:buffer';
import { UserError } from '../errors.ts';
import { otherKindOf, type OtherKind } from '../fileKind.ts';

const HINT = 'Save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8) and build again.';

const AS_TEXT = 'Copy the deck\'s text into a plain-text editor (Notepad, TextEdit in plain text, VS Code) and save it as UTF-8 with the .yaml name.';

/**
 * Documents saved under a deck's name: a word processor's file or a web page, not the deck's
 * text (its bytes were "not UTF-8", or YAML errors at every line of RTF's markup).
 */
const DOCUMENTS: Record<OtherKind, [string, string]> = {
  rtf: ['rich text (RTF), as TextEdit saves a new file', 'In TextEdit, choose Format → Make Plain Text, then save it as UTF-8 with the .yaml name.'],
  zip: ['a Word (.docx) or Hangul (.hwpx) document, or a ZIP archive', AS_TEXT],
  ole: ['a Hangul (.hwp) or old Word (.doc) document', AS_TEXT],
  pdf: ['a PDF', 'Copy the deck\'s text out of it into a plain-text editor and save it as UTF-8 with the .yaml name.'],
  html: ['a web page (HTML)', AS_TEXT],
};

export function decodeDeck(bytes: Uint8Array, file: string): string {
  const kind = otherKindOf(bytes);
  if (kind !== undefined) {
    const [what, hint] = DOCUMENTS[kind];
    throw new UserError([{ place: { file, line: 1, col: 1 }, message: `the file is ${what}, not plain text`, hint }]);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UserError([{ place: { file, line: 1, col: 1 }, message: 'the file is saved as UTF-16 ("Unicode" in Notepad), not as UTF-8', hint: HINT }]);
  }
  if (isUtf8(bytes)) {
    // TextDecoder drops a byte-order mark (Windows editors write one): it is not content. A CR
    // alone ends a line, as YAML has it (classic Mac files end every line so): the yaml package
    // read such a file as one line, "the deck file is empty" when it began with a comment.
    return new TextDecoder().decode(bytes).replace(/\r(?!\n)/g, '\n');
  }
  const bad = firstInvalidUtf8(bytes);
  const korean = decodeOrUndefined('euc-kr', bytes);
  // Show the line as the user's editor does: in EUC-KR when that is what the file is.
  const encoding = korean !== undefined ? 'euc-kr' : 'utf-8';
  const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
  const lineEnd = bytes.indexOf(0x0a, bad);
  const line = new TextDecoder(encoding).decode(bytes.subarray(lineStart, lineEnd < 0 ? bytes.length : lineEnd)).replace(/\r$/, '');
  const place = {
    file,
    line: bytes.subarray(0, lineStart).filter((b) => b === 0x0a).length + 1,
    col: Array.from(new TextDecoder(encoding).decode(bytes.subarray(lineStart, bad))).length + 1,
  };
  const message =
    korean !== undefined
      ? 'the file is not UTF-8: it looks like EUC-KR (CP949, "ANSI" in Korean Windows Notepad)'
      : `the file is not UTF-8 text: byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')} here does not start or continue a UTF-8 character`;
  throw new UserError([{ place, message, hint: HINT, sourceLine: line }]);
}

function decodeOrUndefined(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Offset of the first byte that is not part of a well-formed UTF-8 sequence (Unicode's table
 * 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all are.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // How many continuation bytes follow, and the range the first of them must be in.
    const [count, low, high] =
      lead >= 0xc2 && lead <= 0xdf ? [1, 0x80, 0xbf]
      : lead === 0xe0 ? [2, 0xa0, 0xbf]
      : lead === 0xed ? [2, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [2, 0x80, 0xbf]
      : lead === 0xf0 ? [3, 0x90, 0xbf]
      : lead >= 0xf1 && lead <= 0xf3 ? [3, 0x80, 0xbf]
      : lead === 0xf4 ? [3, 0x80, 0x8f]
      : [0, 0, 0];
    if (count === 0) return i;
    for (let k = 1; k <= count; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += count + 1;
  }
  return -1;
}
