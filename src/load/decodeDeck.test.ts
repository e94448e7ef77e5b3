import { describe, expect, it } from 'vitest';
import { formatProblem, UserError } from '../errors.ts';
import { decodeDeck, firstInvalidUtf8 } from './decodeDeck.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

function failure(data: Uint8Array): string {
  try {
    decodeDeck(data, 'data/x.yaml');
  } catch (error) {
    if (error instanceof UserError) return error.problems.map(formatProblem).join('\n\n');
    throw error;
  }
  throw new Error('decoded');
}

describe('decodeDeck', () => {
  it('reads UTF-8, without a byte-order mark', () => {
    expect(decodeDeck(bytes([0xef, 0xbb, 0xbf], 'title: 제목\r\n'), 'data/x.yaml')).toBe('title: 제목\r\n');
  });

  it('ends a line at a CR alone, as YAML does: a file with classic Mac line endings was "empty" after its first comment', () => {
    expect(decodeDeck(bytes('# 메모\rtitle: 제목\rcases:\r\n  - title: 사례\r'), 'data/x.yaml')).toBe('# 메모\ntitle: 제목\ncases:\r\n  - title: 사례\n');
  });

  it('says a file saved as EUC-KR is one, at its first Korean character, showing the line as the editor does', () => {
    // "title: 제목 사례" in CP949.
    expect(failure(bytes('cases:\n  - title: ', [0xc1, 0xa6, 0xb8, 0xf1, 0x20, 0xbb, 0xe7, 0xb7, 0xca], '\n'))).toBe(
      [
        'data/x.yaml:2:12: the file is not UTF-8: it looks like EUC-KR (CP949, "ANSI" in Korean Windows Notepad)',
        '  → Save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8) and build again.',
        '  2 |   - title: 제목 사례',
        '                 ^',
      ].join('\n'),
    );
  });

  it('says a word processor\'s document saved under a deck\'s name is one (it was YAML errors at every line of RTF, or "not UTF-8")', () => {
    const plain = '  → Copy the deck\'s text into a plain-text editor (Notepad, TextEdit in plain text, VS Code) and save it as UTF-8 with the .yaml name.';
    expect(failure(bytes('{\\rtf1\\ansi\\ansicpg949\\cocoartf2709\n\\f0\\fs24 title: \\uc0\\u51201\n}'))).toBe(['data/x.yaml:1:1: the file is rich text (RTF), as TextEdit saves a new file, not plain text', '  → In TextEdit, choose Format → Make Plain Text, then save it as UTF-8 with the .yaml name.'].join('\n'));
    expect(failure(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe(['data/x.yaml:1:1: the file is a Word (.docx) or Hangul (.hwpx) document, or a ZIP archive, not plain text', plain].join('\n'));
    expect(failure(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(['data/x.yaml:1:1: the file is a Hangul (.hwp) or old Word (.doc) document, not plain text', plain].join('\n'));
    expect(failure(bytes('%PDF-1.7\n'))).toMatch(/^data\/x\.yaml:1:1: the file is a PDF, not plain text\n/);
    // A page saved from a browser under the deck's name, as fonts are too (the same reading of a file's start).
    expect(failure(bytes('\n<!DOCTYPE html><html lang="ko"></html>'))).toBe(['data/x.yaml:1:1: the file is a web page (HTML), not plain text', plain].join('\n'));
  });

  it('points at a stray byte in an otherwise UTF-8 file', () => {
    expect(failure(bytes('title: 가나\r\ncases: [', [0xff], ']\n'))).toBe(
      [
        'data/x.yaml:2:9: the file is not UTF-8 text: byte 0xFF here does not start or continue a UTF-8 character',
        '  → Save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8) and build again.',
        '  2 | cases: [\uFFFD]',
        '              ^',
      ].join('\n'),
    );
  });

  it('says a UTF-16 file is one', () => {
    expect(failure(Uint8Array.from([0xff, 0xfe, 0x74, 0x00]))).toBe(
      'data/x.yaml:1:1: the file is saved as UTF-16 ("Unicode" in Notepad), not as UTF-8\n  → Save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8) and build again.',
    );
  });

  it('finds the first byte that is not well-formed UTF-8', () => {
    expect(firstInvalidUtf8(utf8('가 🔹 é'))).toBe(-1);
    expect(firstInvalidUtf8(bytes('ab', [0xc0, 0x80]))).toBe(2); // overlong
    expect(firstInvalidUtf8(bytes('a', [0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(firstInvalidUtf8(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(bytes('가', [0xea, 0xb0]))).toBe(3); // cut short
    expect(firstInvalidUtf8(bytes([0x80]))).toBe(0); // continuation without a lead
  });
});
