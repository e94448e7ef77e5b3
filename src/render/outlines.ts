/**
 * Whether a font's letters are outlines satori can draw. Its font reader (opentype.js) reads
 * TrueType (`glyf`) and CFF outlines only, and fails on any other font with "Font doesn't
 * contain TrueType or CFF outlines" at the first slide, which names no font: the template was
 * blamed. Read when the font is loaded, it is named where the theme or the deck names it.
 */
import { findTable } from './cmap.ts';

export function outlineProblem(data: Uint8Array): { what: string; hint: string } | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const has = (tag: string) => findTable(data, view, tag) !== undefined;
  if (has('glyf') || has('CFF ')) return undefined;
  if (['CBDT', 'sbix', 'SVG '].some(has)) {
    return { what: 'its letters are pictures (a colour emoji font), not the outlines satori draws', hint: 'Take it out of the fonts: emoji are drawn from Twemoji whatever the fonts (see "Licences" in the README).' };
  }
  if (has('CFF2')) return { what: 'its outlines are CFF2 (a variable .otf), which satori cannot read', hint: 'Use the variable .ttf of the font, or its static .otf or .ttf files.' };
  return { what: 'it has no outlines (TrueType or CFF), which satori needs to draw its letters', hint: 'Use a .ttf or .otf file of the font.' };
}
