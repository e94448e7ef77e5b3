/**
 * Deck text as it is meant to be drawn. Text pasted from other programs can carry characters that
 * look like nothing in the editor but that satori would draw, or that no font has.
 */

/**
 * - Hangul typed or pasted as separate letters (decomposed, as macOS file names and some PDF and
 *   HWP exports give it: ㅈ+ㅜ+ㅇ for 중) is joined into syllables, as are accented Latin letters,
 *   by Unicode's NFC. satori draws each letter as it comes, and the fonts have no glyphs for such
 *   letters: every word was "characters none of the fonts can draw". CJK compatibility
 *   ideographs are left alone: NFC would swap them for the unified Hanja, and Korean names and
 *   old texts use them on purpose.
 * - Direction marks and embeddings (U+200E, U+202A…, from web pages and word processors) are
 *   dropped: slides run left to right, and no font draws them. So is a byte-order mark inside
 *   the text (U+FEFF, left by joining files), which satori took for a space, and a zero width
 *   space (U+200B, which web editors scatter through copied text): satori broke a line there,
 *   inside a word (`퇴직자의` at one line's end, `소상공인` at the next, written as one word).
 *   So is a soft hyphen (U+00AD, which a word processor leaves where it may hyphenate): satori
 *   broke the word there too, without a hyphen.
 * - An emoji variation selector after a character without an emoji form ("가" + U+FE0F) is
 *   dropped: it changes nothing, but satori then looks for the pair as an emoji image.
 */
export function drawnText(text: string): string {
  return text.replace(INVISIBLE_MARKS, '').replace(STRAY_SELECTOR, '').replace(/[^\uF900-\uFAFF\u{2F800}-\u{2FA1F}]+/gu, (run) => run.normalize('NFC'));
}

/**
 * Characters that take no room and draw nothing: soft hyphens, zero width spaces and joiners, direction marks,
 * embeddings and isolates, a byte-order mark. None belongs in a name (a theme, a font file, a key).
 */
export const ZERO_WIDTH = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/** Those of them a drawn text can do without: not the joiners that make an emoji sequence (👩‍💻). */
const INVISIBLE_MARKS = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
const STRAY_SELECTOR = /(?<!\p{Emoji})[\uFE0E\uFE0F]/gu;
