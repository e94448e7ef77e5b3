/**
 * Cut a font down to the characters a deck uses, with HarfBuzz's subsetter (harfbuzzjs, the
 * wasm build). Glyph outlines, advances and kerning of the kept characters are unchanged, so
 * slides look exactly as with the whole font; but a worker parses a 5 MB font in ~120 ms and
 * keeps ~25 MB of it per weight, against a few milliseconds and a few MB for the subset.
 *
 * A variable font is also fixed at the weight the theme gives it. satori reads only a variable
 * font's default outlines, so without this every weight of, say, PretendardGOVVariable.ttf was
 * drawn at the font's default: bold titles came out regular, with nothing said.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { collectAll } from '../gc.ts';

interface HarfBuzzSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_pin_all_axes_to_default(input: number, face: number): number;
  hb_subset_input_pin_axis_location(input: number, face: number, tag: number, value: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** HarfBuzz's memory mode that lets it use the bytes in place. */
const HB_MEMORY_MODE_WRITABLE = 2;

/** The weight axis of a variable font, as HarfBuzz names tags: four letters in one integer. */
const WGHT = [...'wght'].reduce((tag, c) => tag * 256 + c.charCodeAt(0), 0);

export interface FontToSubset {
  data: Uint8Array;
  /** The weight the theme gives the font: where a variable font's weight axis is fixed. */
  weight: number;
}

let harfbuzz: HarfBuzzSubset | undefined;

function load(): HarfBuzzSubset {
  if (harfbuzz === undefined) {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    harfbuzz = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports as unknown as HarfBuzzSubset;
  }
  return harfbuzz;
}

/** Font `index` of the list could not be subset: its file is damaged in a way its tables hide. */
export class FontSubsetError extends Error {
  constructor(
    readonly index: number,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/**
 * The code points a subset for `characters` keeps: with the characters each decomposes into
 * (NFKD), as satori's text engine may draw one from those (Thai's ำ from ํ and า: cut to ำ alone,
 * "ทำ" was drawn as "ท" and a gap). Not a Hangul syllable's letters: a syllable is drawn whole,
 * and its decomposition would add ~100 glyphs to every Korean font for nothing.
 */
export function withDecompositions(characters: ReadonlySet<number>): Set<number> {
  const wanted = new Set(characters);
  for (const cp of characters) {
    if (cp >= 0xac00 && cp <= 0xd7a3) continue;
    for (const part of String.fromCodePoint(cp).normalize('NFKD')) wanted.add(part.codePointAt(0) ?? 0);
  }
  return wanted;
}

/**
 * Subsets of several fonts with the same code points. HarfBuzz's wasm memory grows to hold the
 * whole font and never shrinks, so the instance is dropped afterwards for the GC to reclaim.
 */
export function subsetFonts(fonts: readonly FontToSubset[], codePoints: ReadonlySet<number>): Uint8Array[] {
  try {
    return fonts.map((font, index) => {
      try {
        return subsetFont(load(), font, codePoints);
      } catch (error) {
        throw new FontSubsetError(index, error);
      }
    });
  } finally {
    harfbuzz = undefined;
    // Its memory (~70 MB for three 5 MB fonts) is freed only by a collection V8 would put off;
    // once the workers have been sent their first layouts, which wait for these subsets.
    setImmediate(collectAll);
  }
}

/**
 * The font with only the glyphs of these code points (and what layout needs with them); a
 * variable font as the static instance at `weight`, its other axes at their defaults (both calls
 * do nothing to a font without axes; HarfBuzz keeps a weight within the axis's range).
 */
function subsetFont(hb: HarfBuzzSubset, { data: font, weight }: FontToSubset, codePoints: Iterable<number>): Uint8Array {
  const pointer = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, pointer);
  const blob = hb.hb_blob_create(pointer, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (input === 0) throw new Error('HarfBuzz could not start a subset');
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
    hb.hb_subset_input_pin_all_axes_to_default(input, face);
    hb.hb_subset_input_pin_axis_location(input, face, WGHT, weight);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('HarfBuzz could not subset the font');
    const result = hb.hb_face_reference_blob(subset);
    const start = hb.hb_blob_get_data(result, 0);
    const bytes = new Uint8Array(hb.memory.buffer).slice(start, start + hb.hb_blob_get_length(result));
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    return bytes;
  } finally {
    if (input !== 0) hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(pointer);
  }
}
