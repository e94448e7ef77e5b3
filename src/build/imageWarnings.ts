/**
 * A photo far larger than the slide, imported by a template: resvg decodes every pixel of it for
 * each slide that draws it (a 4032×3024 phone photo made the example's 14 slides take 6.5 s
 * instead of 1), and the slide shows no more of it than its own pixels. Named with its size,
 * at the line that imports it, so the designer can save a copy at the size it is drawn.
 */
import path from 'node:path';
import { imageSize, importPlace } from './imageKinds.ts';
import { isCode } from '../compose/templateDeps.ts';

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
