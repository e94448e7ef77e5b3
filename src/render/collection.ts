/**
 * One face of a font collection (.ttc, .otc) as a font file of its own. Collections are how
 * many Korean fonts come: Debian's fonts-noto-cjk (NotoSansCJK-Regular.ttc holds the JP, KR, SC,
 * TC and HK faces), Windows' batang.ttc, macOS' AppleSDGothicNeo.ttc (one face per weight).
 * satori, the coverage check and the subsetter each read a single font, so the face is copied
 * out: its tables, which faces of a collection share, laid after a table directory of its own.
 */
import { cmapCharSet, tagAt } from './cmap.ts';
import { weightClass } from './fontWeight.ts';
import { inCodeUnitOrder } from '../codeUnitOrder.ts';

/** Whether the bytes are a font collection. */
export function isCollection(data: Uint8Array): boolean {
  return data.byteLength >= 12 && tagAt(new DataView(data.buffer, data.byteOffset, data.byteLength), 0) === 'ttcf';
}

export interface Face {
  /** The face as a font file of its own. */
  data: Uint8Array;
  /** Its family name, as its name table gives it. */
  name: string;
}

/**
 * The face to draw `weight` with: of the faces made at that weight (or, when none is, the nearest),
 * one named as Korean if there is one — this is a Korean tool, and Hanja take Korean forms in the
 * KR face of a CJK collection, whose other faces have Hangul too — else one with Hangul, else the
 * first. Throws a RangeError when the file ends before what it lists.
 */
export function faceFor(data: Uint8Array, weight: number): Face {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const faces = Array.from({ length: view.getUint32(8) }, (_, i) => readFace(data, view, view.getUint32(12 + i * 4)));
  const distance = (face: FaceInfo) => Math.abs((face.weight ?? 400) - weight);
  const nearest = Math.min(...faces.map(distance));
  const atWeight = faces.filter((face) => distance(face) === nearest);
  const chosen = atWeight.find((face) => face.korean) ?? atWeight.find((face) => face.hangul) ?? atWeight[0];
  if (chosen === undefined) throw new Error('the font collection holds no font');
  return { data: extract(data, chosen.tables, chosen.sfntVersion), name: chosen.name };
}

interface Table {
  tag: string;
  checksum: number;
  offset: number;
  length: number;
}

interface FaceInfo {
  sfntVersion: number;
  tables: Table[];
  weight: number | undefined;
  name: string;
  /** Named as Korean. */
  korean: boolean;
  /** Has Hangul syllables. */
  hangul: boolean;
}

function readFace(data: Uint8Array, view: DataView, at: number): FaceInfo {
  if (at + 12 > data.byteLength) throw new RangeError('a font of the collection starts past the end of the file');
  const count = view.getUint16(at + 4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const entry = at + 12 + i * 16;
    if (entry + 16 > data.byteLength) throw new RangeError('the table list ends past the end of the file');
    const table = { tag: tagAt(view, entry), checksum: view.getUint32(entry + 4), offset: view.getUint32(entry + 8), length: view.getUint32(entry + 12) };
    if (table.offset + table.length > data.byteLength) throw new RangeError(`table ${table.tag} ends past the end of the file`);
    tables.push(table);
  }
  const os2 = tables.find((t) => t.tag === 'OS/2');
  const weight = os2 === undefined ? undefined : weightClass(data.subarray(os2.offset, os2.offset + os2.length));
  const names = tables.find((t) => t.tag === 'name');
  const { family, korean } = names === undefined ? { family: '', korean: false } : readNames(view, names);
  const cmap = tables.find((t) => t.tag === 'cmap');
  const hangul = cmap !== undefined && cmapCharSet(data.subarray(cmap.offset, cmap.offset + cmap.length)).has(0xac00);
  return { sfntVersion: view.getUint32(at), tables, weight, name: family, korean, hangul };
}

/** Windows' language id for Korean, and the Macintosh one. */
const KOREAN_WINDOWS = 0x0412;
const KOREAN_MAC = 23;

/**
 * The English family name, and whether the face is named as Korean: its family named in Korean
 * too (the KR face of Noto Sans CJK, Batang), or "KR"/"Korean" in its name (Source Han Sans K).
 * Other records in Korean (a copyright, a description) say nothing of the face.
 */
function readNames(view: DataView, table: Table): { family: string; korean: boolean } {
  const at = table.offset;
  const count = view.getUint16(at + 2);
  const strings = at + view.getUint16(at + 4);
  let family = '';
  let korean = false;
  for (let i = 0; i < count; i++) {
    const record = at + 6 + i * 12;
    if (record + 12 > at + table.length) break;
    const platform = view.getUint16(record);
    const language = view.getUint16(record + 4);
    const nameId = view.getUint16(record + 6);
    // The family (1), or the typographic family (16) that does not fold weights into it.
    if (nameId !== 1 && nameId !== 16) continue;
    if ((platform === 3 && language === KOREAN_WINDOWS) || (platform === 1 && language === KOREAN_MAC)) korean = true;
    if (platform !== 3 || language !== 0x0409 || (family !== '' && nameId === 1)) continue;
    const length = view.getUint16(record + 8);
    const start = strings + view.getUint16(record + 10);
    if (start + length > at + table.length) continue;
    let text = '';
    for (let j = 0; j + 1 < length; j += 2) text += String.fromCharCode(view.getUint16(start + j));
    family = text;
  }
  return { family, korean: korean || /\b(KR|K|Korean)\b/.test(family) };
}

/** A font file of these tables: the directory (offsets from the new file's start), then each table on 4 bytes. */
function extract(data: Uint8Array, tables: readonly Table[], sfntVersion: number): Uint8Array {
  const sorted = [...tables].sort((a, b) => inCodeUnitOrder(a.tag, b.tag));
  const pad = (n: number) => (n + 3) & ~3;
  const header = 12 + sorted.length * 16;
  const size = sorted.reduce((total, table) => total + pad(table.length), header);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  // The binary-search fields a directory carries: the largest power of two within the count.
  const power = 2 ** Math.floor(Math.log2(Math.max(1, sorted.length)));
  outView.setUint32(0, sfntVersion);
  outView.setUint16(4, sorted.length);
  outView.setUint16(6, power * 16);
  outView.setUint16(8, Math.log2(power));
  outView.setUint16(10, sorted.length * 16 - power * 16);
  let offset = header;
  sorted.forEach((table, i) => {
    const entry = 12 + i * 16;
    for (let c = 0; c < 4; c++) outView.setUint8(entry + c, table.tag.charCodeAt(c));
    outView.setUint32(entry + 4, table.checksum);
    outView.setUint32(entry + 8, offset);
    outView.setUint32(entry + 12, table.length);
    out.set(data.subarray(table.offset, table.offset + table.length), offset);
    offset += pad(table.length);
  });
  return out;
}
