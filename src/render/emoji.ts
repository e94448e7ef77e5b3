/**
 * Emoji as colour images from the Twemoji set installed from npm (@twemoji/svg, CC-BY 4.0).
 * A grapheme counts as an emoji when it asks for emoji presentation (U+FE0F, keycaps, flags,
 * ZWJ sequences, skin tones) or is a pictograph the fonts cannot draw.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const twemojiDir = path.dirname(require.resolve('@twemoji/svg/package.json'));

const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });

export function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

const EMOJI_PRESENTATION = /\p{Emoji_Presentation}|\u20E3|\p{Regional_Indicator}|\p{Emoji_Modifier}/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** U+FE0F after a character that has an emoji form (✔️, ☎️, but also 1️⃣'s digit). */
const EMOJI_VARIANT = /\p{Emoji}\uFE0F/u;

/**
 * Emoji by presentation: drawn as an image whatever the fonts have. A joiner (U+200D) or U+FE0F
 * makes an emoji only next to something that has an emoji form: pasted text has them after
 * letters too ("ZWJ‍문자"), where they draw nothing and the letters are plain text.
 */
export function wantsEmojiImage(grapheme: string): boolean {
  return EMOJI_PRESENTATION.test(grapheme) || EMOJI_VARIANT.test(grapheme) || (grapheme.includes('\u200D') && PICTOGRAPH.test(grapheme));
}

/** A pictograph in text presentation (✔ without U+FE0F): an image only if no font has it. */
export function isPictograph(grapheme: string): boolean {
  return PICTOGRAPH.test(grapheme);
}

/**
 * Twemoji names files by code points joined with "-", dropping U+FE0F except inside ZWJ
 * sequences. U+FE0E asks for the character as text (☎︎): it comes here only when no font has
 * it, and then the image is the only way to draw it.
 */
function twemojiNames(grapheme: string): string[] {
  const points = Array.from(grapheme, (c) => (c.codePointAt(0) ?? 0).toString(16)).filter((p) => p !== 'fe0e');
  const full = points.join('-');
  const bare = points.filter((p) => p !== 'fe0f').join('-');
  return full === bare ? [full] : [full, bare];
}

/** The image file of an emoji in the installed set, or undefined when the set has none. */
export function emojiFile(grapheme: string): string | undefined {
  for (const name of twemojiNames(grapheme)) {
    const file = path.join(twemojiDir, `${name}.svg`);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/**
 * The emoji a sequence the set has no image of is built on, when the set has that one: 🙂 of
 * 🙂‍↔️ (newer than the set), 👍 of a skin tone, 🐦 of 🐦‍🔥. Undefined for one built on nothing (a
 * single new emoji, a flag).
 */
export function emojiBase(grapheme: string): string | undefined {
  const [first = ''] = grapheme.split('\u200D');
  const base = first.replace(/[\u{1F3FB}-\u{1F3FF}]/gu, '');
  return base !== grapheme && base !== '' && emojiFile(base) !== undefined ? base : undefined;
}

const uriCache = new Map<string, string | null>();

/** The image of an emoji as a data URI, or undefined when the set has none. */
export function emojiImage(grapheme: string): string | undefined {
  let uri = uriCache.get(grapheme);
  if (uri === undefined) {
    const file = emojiFile(grapheme);
    uri = file === undefined ? null : `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`;
    uriCache.set(grapheme, uri);
  }
  return uri ?? undefined;
}

/** Text that draws nothing (spaces, joiners, variation selectors) and needs no glyph. */
export function isInvisible(text: string): boolean {
  return /^[\s\u200B-\u200D\u2060\uFE00-\uFE0F]*$/u.test(text);
}

/** "U+2714 U+FE0F": how messages name a character or sequence. */
export function codePoints(text: string): string {
  return Array.from(text, (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
