/**
 * Check, before anything is rendered, that every character of every string can be drawn: by a
 * font, or as an emoji image. satori would otherwise draw an empty box or nothing at all.
 */
import path from 'node:path';
import type { Problem, SourcePlace } from '../errors.ts';
import { codePoints, emojiBase, emojiImage, isInvisible, isPictograph, splitGraphemes, wantsEmojiImage } from './emoji.ts';
import type { LoadedFont } from './fonts.ts';
import { fontToAdd } from './fontToAdd.ts';
import { CONTROL, pastedCharacterHint } from './pastedCharacters.ts';
import { isWebFontPart, partRange, partsWith } from './webFontParts.ts';

export interface PlacedText {
  text: string;
  /** "case 3 bullet 2": how the message names it. */
  what: string;
  place: SourcePlace;
  sourceLine?: string | undefined;
}

export interface Coverage {
  problems: Problem[];
  /** Every emoji grapheme used, mapped to its image, for satori's `graphemeImages`. */
  emoji: Record<string, string>;
}

/** What a grapheme is to the fonts, worked out once per distinct one (see checkCoverage). */
interface Grapheme {
  invisible: boolean;
  /** An invisible one that ends a run of characters no font has (a space; not a joiner or a selector). */
  space: boolean;
  /** Its characters that no font has ('' when the fonts draw it all). */
  missing: string;
  /** Drawn from the emoji set, not from a font. */
  emoji: boolean;
}

export function checkCoverage(texts: readonly PlacedText[], fonts: readonly LoadedFont[]): Coverage {
  const problems: Problem[] = [];
  const emoji: Record<string, string> = {};
  // Each character and grapheme is looked up once: a deck repeats a few hundred of them
  // thousands of times, and this runs before any worker can lay a slide out (the example's took
  // 19–37 ms, looked up in the fonts' character maps at every occurrence; see docs/performance.md).
  const glyphs = new Map<number, boolean>();
  const hasGlyph = (cp: number) => {
    let has = glyphs.get(cp);
    if (has === undefined) glyphs.set(cp, (has = fonts.some((f) => f.chars.has(cp))));
    return has;
  };
  const seen = new Map<string, Grapheme>();
  const lookUp = (grapheme: string): Grapheme => {
    let known = seen.get(grapheme);
    if (known !== undefined) return known;
    const invisible = isInvisible(grapheme);
    const missing = invisible ? '' : Array.from(grapheme).filter((c) => !isInvisible(c) && !hasGlyph(c.codePointAt(0) ?? 0)).join('');
    known = { invisible, space: invisible && /\s/u.test(grapheme), missing, emoji: !invisible && drawnAsEmoji(grapheme, missing === '') };
    seen.set(grapheme, known);
    return known;
  };
  const tried = [...new Set(fonts.map((f) => f.label))].join(', ');
  const part = fonts.find((f) => isWebFontPart(f.path));
  for (const item of texts) {
    const reported = new Set<string>();
    // Characters no font has, one run at a time: an unsupported word is one problem, not one per letter.
    let run = '';
    const flush = () => {
      if (run !== '' && !reported.has(run)) {
        reported.add(run);
        const plural = Array.from(run).length > 1;
        problems.push(placed(item, run, {
          // A control character printed as itself would ring the terminal's bell, or worse: its code point alone.
          message: CONTROL.test(run)
            ? `${item.what} has the control character${plural ? 's' : ''} ${codePoints(run)}, which no font draws`
            : `${item.what} has the character${plural ? 's' : ''} ${run} (${codePoints(run)}), which none of the fonts can draw (tried ${tried})`,
          hint: pastedCharacterHint(run, hasGlyph, item.text.trimStart().startsWith(run))
            ?? (part !== undefined
              ? otherPartHint(part, run, item)
              : `Put a font that has ${plural ? 'them' : 'it'}${fontToAdd(run)} into fonts/ and ${listIt(item)}, or replace ${plural ? 'them' : 'the character'}.`),
        }));
      }
      run = '';
    };
    for (const grapheme of splitGraphemes(item.text)) {
      const { invisible, space, missing, emoji: asEmoji } = lookUp(grapheme);
      if (invisible) {
        // A space ends a run; a joiner or a variation selector does not.
        if (space) flush();
        continue;
      }
      if (asEmoji) {
        flush();
        const image = emojiImage(grapheme);
        if (image !== undefined) {
          emoji[grapheme] = image;
          continue;
        }
        if (reported.has(grapheme)) continue;
        reported.add(grapheme);
        problems.push(placed(item, grapheme, {
          message: `${item.what} uses the emoji ${grapheme} (${codePoints(grapheme)}), which has no image in the emoji set (Twemoji)`,
          hint: noImageHint(grapheme),
        }));
        continue;
      }
      if (missing === '') flush();
      else run += missing;
    }
    flush();
    // Words of a right-to-left script, drawn by a font the deck added: satori lays words out left
    // to right whatever their script, so "مرحبا بالعالم" came out as its words in reverse order
    // (each word drawn right). One such word alone is drawn right.
    const reversed = RTL_CHARACTER.test(item.text) ? RTL_WORDS.exec(item.text)?.[0] : undefined;
    if (reversed !== undefined && hasGlyph(reversed.codePointAt(0) ?? 0)) {
      problems.push(placed(item, reversed, {
        message: `${item.what} has several words of right-to-left text (${reversed}), which cardnews can only set left to right: they would come out in reverse order`,
        hint: 'Leave it out, or ask a designer to put it on the slide as a picture made elsewhere.',
      }));
    }
  }
  return { problems, emoji };
}

const RTL = '\\p{Script_Extensions=Arabic}\\p{Script_Extensions=Hebrew}\\p{Script_Extensions=Syriac}\\p{Script_Extensions=Thaana}\\p{Script_Extensions=Nko}\\p{Script_Extensions=Samaritan}\\p{Script_Extensions=Mandaic}\\p{Script_Extensions=Adlam}';
const RTL_WORD = `[${RTL}][${RTL}\\p{M}\\u200c\\u200d]*`;
/** Two or more right-to-left words in a row. */
const RTL_WORDS = new RegExp(`${RTL_WORD}(?:[\\s\\u00a0]+${RTL_WORD})+`, 'u');
/**
 * Whether a text has a right-to-left letter at all, asked first: the first runs of RTL_WORDS,
 * its large classes four times over, took ~10 ms of every build's main thread (measured with the
 * build's V8 flags), and a Korean deck seldom has one.
 */
const RTL_CHARACTER = new RegExp(`[${RTL}]`, 'u');

/**
 * Where the font that draws a text goes: the deck's fallback fonts for the deck's own text; the
 * theme's fonts for the theme's markers and labels, which every deck of the theme draws.
 */
const listIt = (item: PlacedText) => (/\.ya?ml$/i.test(item.place.file) ? 'list it under "fonts:" in the deck' : 'add it to the theme\'s fonts (see "Fonts" in the README)');

/** What to write for an emoji without an image: the one it is built on, when that has one. */
export function noImageHint(grapheme: string): string {
  const base = emojiBase(grapheme);
  return base === undefined ? 'Use another emoji, or write it as text.' : `Use ${base} (${codePoints(base)}), the emoji it is built on, which has one; or another emoji, or text.`;
}

/**
 * The hint for characters missing from a theme whose font is one part of a font cut for web
 * pages (see webFontParts.ts): the parts that have them, as the theme would name them.
 */
function otherPartHint(part: LoadedFont, run: string, item: PlacedText): string {
  const found = [...new Set(Array.from(run).flatMap((c) => partsWith(part.path, c.codePointAt(0) ?? 0)))];
  const cut = `${part.label} is one part of a font, cut for web pages by ranges of characters (as @fontsource packages ship fonts)`;
  const many = Array.from(run).length > 1;
  if (found.length === 0) return `${cut}, and no other part of its folder has ${many ? 'these' : 'this one'}: put a font that has ${many ? 'them' : 'it'} into fonts/ and ${listIt(item)}, or replace ${many ? 'them' : 'it'}.`;
  // A family name of its own: satori draws each weight of a family with one font, the first.
  const entries = found.map((file) => `{ family: '${part.family} ${partRange(file)}', weight: ${part.weight}, ${fileEntry(file)} }`);
  return `${cut}: ${found.map((file) => path.basename(file)).join(' and ')} ${found.length > 1 ? 'are the parts' : 'is the part'} with it. Add ${entries.join(', ')} to the theme's fonts, or replace the character.`;
}

/** How the theme names a font file: `npm:` in an installed package, else `file:` in fonts/. */
function fileEntry(file: string): string {
  const at = file.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  return at < 0 ? `file: '${path.basename(file)}'` : `npm: '${file.slice(at + '/node_modules/'.length).split(path.sep).join('/')}'`;
}

/** An emoji presentation, or a pictograph (✔ without U+FE0F) that no font has, is drawn as an image. */
function drawnAsEmoji(grapheme: string, fontHasAll: boolean): boolean {
  return wantsEmojiImage(grapheme) || (!fontHasAll && isPictograph(grapheme));
}

/**
 * The images of the emoji in `text` (a template's source), for text a template writes itself
 * (a 📢 before a label): checked when satori draws it, since only satori knows which of a
 * template's strings reach a slide. An emoji without an image is left out, and named then.
 */
export function emojiIn(text: string, fonts: readonly LoadedFont[]): Record<string, string> {
  const images: Record<string, string> = {};
  // Only around what is not ASCII (a keycap starts with its digit): code is mostly ASCII, and
  // splitting all of it into graphemes took longer than the rest of reading a deck.
  const runs = text.match(/[\x00-\x7f]?[^\x00-\x7f]+/gu) ?? [];
  for (const grapheme of runs.flatMap(splitGraphemes)) {
    if (isInvisible(grapheme) || /^[\x00-\x7f]*$/.test(grapheme)) continue;
    const fontHasAll = Array.from(grapheme).every((c) => isInvisible(c) || fonts.some((f) => f.chars.has(c.codePointAt(0) ?? 0)));
    const image = drawnAsEmoji(grapheme, fontHasAll) ? emojiImage(grapheme) : undefined;
    if (image !== undefined) images[grapheme] = image;
  }
  return images;
}

function placed(item: PlacedText, needle: string, text: { message: string; hint: string }): Problem {
  return { place: placeWithin(item, needle), ...text, ...(item.sourceLine !== undefined ? { sourceLine: item.sourceLine } : {}) };
}

/** The place of `needle` in a text: at its column when the source line shows it as written (a quoted text may not). */
export function placeWithin(item: Pick<PlacedText, 'place' | 'sourceLine'>, needle: string): SourcePlace {
  const at = item.sourceLine?.indexOf(needle, item.place.col - 1) ?? -1;
  return at >= 0 ? { ...item.place, col: Array.from(item.sourceLine?.slice(0, at) ?? '').length + 1 } : item.place;
}
