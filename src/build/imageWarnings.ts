/**
 * A photo far larger than the slide, imported by a template: resvg decodes every pixel of it for
 * each slide that draws it (a 4032×3024 phone photo made the example's 14 slides take 6.5 s
 * instead of 1), and the slide shows no more of it than its own pixels. Named with its size,
 * at the line that imports it, so the designer can save a copy at the size it is drawn.
 */
import path from 'node:path';
import { importPlace } from './imageKinds.ts';
import { isCode } from './templateDeps.ts';

/** Images with more pixels than this many slides' worth (a full-slide image at twice the size, as design tools export it, is not). */
const SLIDES_WORTH = 4;

/** `files`: a template's files, with what they import; `width`, `height`: the slide's; `read`: a file's bytes. */
export function largeImageWarnings(files: readonly string[], width: number, height: number, read: (file: string) => Buffer): string[] {
  const code = files.filter(isCode);
  return files.flatMap((file) => {
    const size = /\.(png|jpe?g)$/i.test(file) ? imageSize(read(file)) : undefined;
    if (size === undefined || size.width * size.height <= SLIDES_WORTH * width * height) return [];
    const name = path.basename(file);
    const { place: at } = importPlace(code, file);
    const place = at.line === 0 ? at.file : `${at.file}:${at.line}:${at.col}`;
    return [`${place}: ${name} is ${size.width}×${size.height}, ${(size.width * size.height / 1e6).toFixed(1)} million pixels for a ${width}×${height} slide: every slide that draws it decodes all of them, which slows the build; save a copy no larger than it is drawn (at most ${width}×${height} for the whole slide) and import that.`];
  });
}

/** The width and height a PNG or JPEG file says it has, or undefined when it does not say. */
export function imageSize(data: Buffer): { width: number; height: number } | undefined {
  // PNG: the IHDR chunk comes first, right after the 8-byte signature.
  if (data.length >= 24 && data.readUInt32BE(0) === 0x89504e47 && data.toString('latin1', 12, 16) === 'IHDR') {
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return undefined;
  // JPEG: segments one after another, each a marker and its length, until a start of frame.
  let at = 2;
  while (at + 9 <= data.length) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1] ?? 0;
    // Start of frame: baseline, progressive and the rarer kinds, not DHT (C4), JPG (C8) or DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: data.readUInt16BE(at + 7), height: data.readUInt16BE(at + 5) };
    }
    at += 2 + data.readUInt16BE(at + 2);
  }
  return undefined;
}
