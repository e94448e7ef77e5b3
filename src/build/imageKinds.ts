/**
 * An image a template imports must be what its name says: satori picks the decoder by the file's
 * extension, and a file that is not that kind of image (a JPEG saved as logo.png, a page saved
 * from a browser, a file cut short before its header, an SVG whose tags do not close) was
 * drawn as nothing, without a word but a line satori printed. Named at the line that imports it.
 */
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { displayPath } from '../paths.ts';
import { placesWhere } from '../sourceText.ts';
import { svgMistake, type SvgMistake } from './svgShape.ts';
import { isCode } from '../compose/templateDeps.ts';

/** How each kind of image begins, its endings, whether satori draws it, and what to call it. */
const KINDS: { name: string; a: string; endings: string[]; drawn: boolean; starts: (data: Buffer) => boolean }[] = [
  { name: 'PNG', a: 'a', endings: ['.png'], drawn: true, starts: (data) => data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  // A .jfif is a JPEG as Windows saves one from a web page.
  { name: 'JPEG', a: 'a', endings: ['.jpg', '.jpeg', '.jpe', '.jfif'], drawn: true, starts: (data) => data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff },
  { name: 'GIF', a: 'a', endings: ['.gif'], drawn: true, starts: (data) => /^GIF8[79]a/.test(data.toString('latin1', 0, 6)) },
  { name: 'SVG', a: 'an', endings: ['.svg'], drawn: true, starts: (data) => /<svg[\s>]/i.test(data.toString('utf8')) },
  { name: 'WebP', a: 'a', endings: ['.webp'], drawn: false, starts: (data) => data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP' },
];

/** The endings of the images a template may import, in lower case: the kinds satori draws. */
export const DRAWN_IMAGE_ENDINGS = KINDS.filter((kind) => kind.drawn).flatMap((kind) => kind.endings);

const SVG_HINTS: Record<SvgMistake['kind'], string> = {
  broken: 'Export it again from the design tool, or mend it in a text editor.',
  unsized: 'Add viewBox="0 0 W H" to its <svg> tag, with its width and height (design tools write it when they export).',
  linked: 'Embed the picture in the SVG when exporting it (Illustrator: Embed in the Links panel, or "Embed" in the SVG options), or import the picture itself into the template.',
  text: 'Turn its text into outlines in the design tool (Illustrator: Type > Create Outlines; Figma: export with "Outline text" on) and export it again, or write the text in the template, where it is drawn and checked like the rest.',
};

function svgProblem(name: string, data: Buffer): Pick<Problem, 'message' | 'hint'> | undefined {
  const mistake = svgMistake(data.toString('utf8'));
  if (mistake === undefined) return undefined;
  const whole = mistake.kind === 'text' || mistake.kind === 'linked' ? ' whole' : '';
  return { message: `${name} cannot be drawn${whole}: ${mistake.what}${mistake.kind === 'broken' ? ' (resvg would draw nothing there)' : ''}`, hint: SVG_HINTS[mistake.kind] };
}

/**
 * A JPEG made for print (CMYK, as a printer's files come), which resvg draws as nothing; or one
 * a phone stored as its sensor saw it, with a note of how to turn it that photo viewers follow
 * and satori does not (it was drawn on its side).
 */
function jpegProblem(name: string, data: Buffer): Pick<Problem, 'message' | 'hint'> | undefined {
  if (imageSize(data)?.components === 4) {
    return { message: `${name} is a CMYK JPEG (colours for print): resvg would draw nothing there`, hint: 'Save it in RGB colours (in Photoshop: Image > Mode > RGB Color, then save; or export it for the web) and import that.' };
  }
  const turned = exifOrientation(data);
  const stored = turned === undefined ? undefined : ORIENTATIONS[turned];
  if (stored === undefined) return undefined;
  return { message: `${name} is stored ${stored} (its EXIF orientation, ${turned}, tells photo viewers to set it right): satori draws it as stored`, hint: 'Save a copy upright (open it in an image editor and save or export it: the turn goes into its pixels) and import that.' };
}

/** `files`: a template's files, with what they import; `read`: a file's bytes. */
export function unreadableImageProblems(files: readonly string[], read: (file: string) => Buffer): Problem[] {
  const code = files.filter(isCode);
  return files.flatMap((file) => {
    const named = KINDS.find((kind) => kind.endings.includes(path.extname(file).toLowerCase()));
    if (named === undefined || !named.drawn) return [];
    const data = read(file);
    const name = path.basename(file);
    if (named.starts(data)) {
      const mistake = named.name === 'SVG' ? svgProblem(name, data) : named.name === 'JPEG' ? jpegProblem(name, data) : undefined;
      return mistake === undefined ? [] : [{ ...importPlace(code, file), ...mistake }];
    }
    const actual = KINDS.find((kind) => kind.starts(data));
    return [{
      ...importPlace(code, file),
      message: actual !== undefined
        ? `${name} is ${actual.a} ${actual.name} image named ${path.extname(name)}: satori reads it as ${named.name} and would draw nothing there`
        : `${name} is not ${named.a} ${named.name} image (it does not start like one: ${data.length === 0 ? 'it is empty' : 'damaged, or another kind of file'}): satori would draw nothing there`,
      hint: actual?.drawn === true
        ? `Rename it to ${path.basename(name, path.extname(name))}.${actual.name === 'JPEG' ? 'jpg' : actual.name.toLowerCase()}, and the import with it.`
        : 'Save the image again as .png or .jpg (or .svg) from an image editor, and import that file.',
    }];
  });
}

/** The line of the template files that imports `file`, or the image file itself when none is found. */
export function importPlace(code: readonly string[], file: string): Pick<Problem, 'place' | 'sourceLine'> {
  const name = path.basename(file);
  const [at] = placesWhere(code, (line) => {
    const col = line.indexOf(name);
    return col >= 0 && /\bimport\b|require\(/.test(line) ? col : undefined;
  }, 1);
  return at ?? { place: { file: displayPath(file), line: 0, col: 0 } };
}

/**
 * The width and height a PNG or JPEG file says it has, and for a JPEG its number of colour
 * components (3 for RGB, 4 for a print file's CMYK), or undefined when it does not say.
 */
export function imageSize(data: Buffer): { width: number; height: number; components?: number } | undefined {
  // PNG: the IHDR chunk comes first, right after the 8-byte signature.
  if (data.length >= 24 && data.readUInt32BE(0) === 0x89504e47 && data.toString('latin1', 12, 16) === 'IHDR') {
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  for (const { marker, at } of jpegSegments(data)) {
    // Start of frame: baseline, progressive and the rarer kinds, not DHT (C4), JPG (C8) or DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc && at + 9 < data.length) {
      return { width: data.readUInt16BE(at + 7), height: data.readUInt16BE(at + 5), components: data[at + 9] ?? 0 };
    }
  }
  return undefined;
}

/**
 * A JPEG's segments before its image data, one after another, each a marker and its length;
 * none for a file that is no JPEG, and no more once one claims more than the file has.
 */
function* jpegSegments(data: Buffer): Generator<{ marker: number; at: number }> {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return;
  for (let at = 2; at + 4 <= data.length && data[at] === 0xff; at += 2 + data.readUInt16BE(at + 2)) {
    const marker = data[at + 1] ?? 0;
    // Start of scan, or end of image: the image data, after which no metadata comes.
    if (marker === 0xda || marker === 0xd9) return;
    yield { marker, at };
  }
}

/** How a photo with each EXIF orientation but 1 (upright) is stored, against how it is meant to be seen. */
const ORIENTATIONS: Record<number, string> = {
  2: 'mirrored',
  3: 'upside down',
  4: 'upside down and mirrored',
  5: 'on its side and mirrored',
  6: 'on its side',
  7: 'on its side and mirrored',
  8: 'on its side',
};

/** The orientation (EXIF tag 0x0112) a JPEG's Exif segment gives, or undefined when it gives none. */
export function exifOrientation(data: Buffer): number | undefined {
  try {
    for (const { marker, at } of jpegSegments(data)) {
      if (marker !== 0xe1 || data.toString('latin1', at + 4, at + 10) !== 'Exif\0\0') continue;
      const tiff = at + 10;
      const little = data.toString('latin1', tiff, tiff + 2) === 'II';
      const u16 = (offset: number) => (little ? data.readUInt16LE(offset) : data.readUInt16BE(offset));
      const first = tiff + (little ? data.readUInt32LE(tiff + 4) : data.readUInt32BE(tiff + 4));
      for (let i = 0, count = u16(first); i < count; i++) {
        const entry = first + 2 + i * 12;
        if (u16(entry) === 0x0112) return u16(entry + 8);
      }
      return undefined;
    }
  } catch {
    // A segment that claims more than the file has: no orientation to read.
  }
  return undefined;
}
