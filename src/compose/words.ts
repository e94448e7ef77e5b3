/**
 * Korean line breaking (`word-break: keep-all`), decided by us rather than by satori: lines
 * break only at spaces. satori's own keep-all splits with Intl.Segmenter word boundaries, which
 * lets a line end on an opening quote (`활동 '` / `찾아가는`) or between `2026` and `학년도`.
 */

const OPENING = /^[\p{Ps}\p{Pi}'"‘“「『〈《【〔([{]+$/u;
const CLOSING = /^[\p{Pe}\p{Pf}'"’”」』〉》】〕)\]},.!?·:;%…~]+$/u;

/** U+2060 WORD JOINER: no line break on either side (UAX #14 class WJ), and it draws nothing. */
export const WORD_JOINER = '\u2060';

const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });
const ASCII_ALNUM = /^[A-Za-z0-9]$/;
const ASCII_ONLY = /^[\x21-\x7e]+$/;

/** U+00A0 NO-BREAK SPACE: the space an author wrote where the line must not break. */
export const NO_BREAK_SPACE = '\u00a0';

/**
 * The unbreakable pieces of a text: space-separated words, with stray punctuation glued on by a
 * no-break space — it keeps the space the author typed (`은평 · 은평구청`, `( 책자`) and draws
 * the same, but a line can no longer end on an opening bracket or start with closing
 * punctuation.
 */
export function splitWords(text: string): string[] {
  const raw = text.trim().split(/\s+/u).filter((w) => w !== '');
  const words: string[] = [];
  let pendingOpen = '';
  for (const word of raw) {
    if (OPENING.test(word)) {
      // An opening quote or bracket standing alone belongs to the word after it.
      pendingOpen += word + NO_BREAK_SPACE;
      continue;
    }
    const last = words.length - 1;
    if (pendingOpen === '' && CLOSING.test(word) && last >= 0) {
      // Closing punctuation standing alone must never start a line.
      words[last] = `${words[last] ?? ''}${NO_BREAK_SPACE}${word}`;
      continue;
    }
    words.push(pendingOpen + word);
    pendingOpen = '';
  }
  if (pendingOpen !== '') {
    const last = words.length - 1;
    const open = pendingOpen.slice(0, -NO_BREAK_SPACE.length);
    if (last >= 0) words[last] = `${words[last] ?? ''}${NO_BREAK_SPACE}${open}`;
    else words.push(open);
  }
  return words;
}

/**
 * The text as satori should lay it out: words separated by single spaces, and a word joiner
 * between the characters of each word, so that satori's standard line breaking (UAX #14) finds
 * no break opportunity but the spaces. Runs of ASCII letters and digits get none: UAX #14 never
 * breaks inside them, and a joiner there would cost their kerning. Words all in ASCII (a URL,
 * a code) get none either: UAX #14 breaks them only where a URL may break, and satori can then
 * break one wider than a line, which it does not do right for a joined word.
 */
export function keepAll(text: string): string {
  // A line break the author wrote (a YAML `|` block, or "\n") stays; each line breaks as above.
  return text.split(/\r?\n/u).map(keepAllInLine).join('\n').trim();
}

function keepAllInLine(line: string): string {
  return splitWords(line)
    .map((word) => {
      if (ASCII_ONLY.test(word)) return word;
      let out = '';
      let previous = '';
      for (const { segment } of graphemes.segment(word)) {
        if (previous !== '' && !(ASCII_ALNUM.test(previous) && ASCII_ALNUM.test(segment))) out += WORD_JOINER;
        out += segment;
        previous = segment;
      }
      return out;
    })
    .join(' ');
}

/** A laid-out text as its author wrote it: without the joiners, with plain spaces. */
export function asWritten(laidOut: string): string {
  return laidOut.replaceAll(WORD_JOINER, '').replaceAll(NO_BREAK_SPACE, ' ').trim();
}
