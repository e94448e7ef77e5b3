/**
 * Korean line breaking (`word-break: keep-all`), decided by us rather than by satori: lines
 * break only at spaces. satori's own keep-all splits with Intl.Segmenter word boundaries, which
 * lets a line end on an opening quote (`활동 '` / `찾아가는`) or between `2026` and `학년도`.
 */

const OPENING = /^[\p{Ps}\p{Pi}'"‘“「『〈《【〔([{]+$/u;
const CLOSING = /^[\p{Pe}\p{Pf}'"’”」』〉》】〕)\]},.!?·:;%…~]+$/u;
/**
 * A word that starts with a character UAX #14 never breaks before, even after a space (closing
 * brackets, `!`, `?`, `,`, `.`, `:`, `;`, `/`: classes CL, CP, EX, IS and SY), is one piece with
 * the word before it anyway. Left with its plain space, satori drew it misplaced whenever the
 * word before is narrower shaped whole than in parts (kerning, or a contextual form such as
 * Pretendard's hyphen between digits, which Words.tsx turns off): `02-2133-1234 / 담당자` came
 * out `02-2133-1234  /담당자`, as if the space had moved.
 */
const NO_BREAK_BEFORE = /^[\p{Pe},.:;!?/，．！？、。]/u;

/** U+2060 WORD JOINER: no line break on either side (UAX #14 class WJ), and it draws nothing. */
export const WORD_JOINER = '\u2060';

/**
 * U+200D ZERO WIDTH JOINER: no line break after it (UAX #14 rule LB8a), and it belongs to the
 * character before it. satori adds `letterSpacing` after every character, a word joiner
 * included, so words joined with those drew twice the spacing a template asked for (a cover
 * title at -3 px came out at -6 px between syllables, Latin letters at -3 px); after a zero width
 * joiner it adds none. Next to an emoji it would make an emoji sequence (`👩‍💻`): there the word
 * joiner stays.
 */
export const ZERO_WIDTH_JOINER = '\u200D';
const EMOJI_LIKE = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u20E3\uFE0F]/u;

const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });
const ASCII_ALNUM = /^[A-Za-z0-9]$/;
const ASCII_ONLY = /^[\x21-\x7e]+$/;

/** U+00A0 NO-BREAK SPACE: the space an author wrote where the line must not break. */
export const NO_BREAK_SPACE = '\u00a0';

/**
 * An emoji standing alone between spaces (`달성 🎉`, `☎ 02-2625-9000`, `1️⃣ 점검`): pictographs,
 * flags and keycaps with their selectors, joiners and skin tones, and no letter.
 */
const EMOJI_PART = /^[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u20E3\uFE0F\u200D\u{E0020}-\u{E007F}#*0-9]+$/u;
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/u;

function isEmojiWord(word: string): boolean {
  return EMOJI_PART.test(word) && PICTOGRAPH.test(word);
}

/** Where the emoji that end a text begin (its length when it ends in a word). */
function trailingEmoji(raw: readonly string[]): number {
  let start = raw.length;
  while (start > 1 && isEmojiWord(raw[start - 1] ?? '')) start--;
  return start;
}

/**
 * The unbreakable pieces of a text: space-separated words, with stray punctuation glued on by a
 * no-break space — it keeps the space the author typed (`은평 · 은평구청`, `( 책자`) and draws
 * the same, but a line can no longer end on an opening bracket or start with closing
 * punctuation; so is a word that starts with a slash or closing punctuation (`02-… /`, see
 * NO_BREAK_BEFORE). An emoji standing alone is glued the same way, so that it never sits on a
 * line of its own or apart from its words: to the word after it (`☎ 02-…`, `1️⃣ 점검`: a
 * label), or, at the end of the text, to the word before it (`달성 🎉`).
 */
export function splitWords(text: string): string[] {
  const raw = text.trim().split(/\s+/u).filter((w) => w !== '');
  const words: string[] = [];
  const tail = trailingEmoji(raw);
  let pendingOpen = '';
  for (const [i, word] of raw.entries()) {
    if (OPENING.test(word) || (i < tail && isEmojiWord(word))) {
      // An opening quote or bracket standing alone belongs to the word after it.
      pendingOpen += word + NO_BREAK_SPACE;
      continue;
    }
    const last = words.length - 1;
    if (pendingOpen === '' && (CLOSING.test(word) || NO_BREAK_BEFORE.test(word) || i >= tail) && last >= 0) {
      // Closing punctuation standing alone must never start a line, nor an emoji that ends the text.
      // A word that starts with a slash or closing punctuation shares its line with this one anyway.
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
 * The text as satori should lay it out: words separated by single spaces, and a joiner between
 * the characters of each word (see ZERO_WIDTH_JOINER), so that satori's standard line breaking
 * (UAX #14) finds no break opportunity but the spaces. Runs of ASCII letters and digits get none: UAX #14 never
 * breaks inside them, and a joiner there would cost their kerning. Words all in ASCII (a URL,
 * a code) get none either: UAX #14 breaks them only where a URL may break, and satori can then
 * break one wider than a line, which it does not do right for a joined word.
 */
export function keepAll(text: string): string {
  // A line break the author wrote (a YAML `|` block, or "\n") stays; each line breaks as above.
  return text.split(/\r?\n/u).map(keepAllInLine).join('\n').trim();
}

function keepAllInLine(line: string): string {
  // UAX #14 never breaks beside a no-break space: the pieces it glues (`🔗 https://…`) are
  // joined each on its own, so a URL after an emoji can still break where URLs may.
  return splitWords(line)
    .map((word) => word.split(NO_BREAK_SPACE).map(joinGraphemes).join(NO_BREAK_SPACE))
    .join(' ');
}

/** U+200B ZERO WIDTH SPACE: a line may break there, and it draws nothing. */
const BREAK_HERE = '\u200B';
const WEB_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/iu;

function joinGraphemes(word: string): string {
  if (ASCII_ONLY.test(word)) {
    // UAX #14 breaks a web address after "/" and "?" but not inside its query: a line may also
    // end after "=" and before "&", as style guides break URLs, so `?bbsId=…&nttId=…` fits.
    return WEB_ADDRESS.test(word) ? word.replaceAll('=', `=${BREAK_HERE}`).replaceAll('&', `${BREAK_HERE}&`) : word;
  }
  let out = '';
  let previous = '';
  for (const { segment } of graphemes.segment(word)) {
    if (previous !== '' && !(ASCII_ALNUM.test(previous) && ASCII_ALNUM.test(segment))) out += EMOJI_LIKE.test(previous) || EMOJI_LIKE.test(segment) ? WORD_JOINER : ZERO_WIDTH_JOINER;
    out += segment;
    previous = segment;
  }
  return out;
}

/** A zero width joiner keepAll put in: one not followed by an emoji, whose sequences keep theirs. */
const ADDED_ZWJ = /\u200D(?![\p{Extended_Pictographic}\p{Regional_Indicator}])/gu;

/** A laid-out text as its author wrote it: without the joiners, with plain spaces. */
export function asWritten(laidOut: string): string {
  return laidOut.replaceAll(WORD_JOINER, '').replace(ADDED_ZWJ, '').replaceAll(BREAK_HERE, '').replaceAll(NO_BREAK_SPACE, ' ').trim();
}

/** A Korean letter or syllable. */
export const HANGUL = /\p{Script=Hangul}/u;

/**
 * Korean text a template writes straight into an element, not through <Words>: satori breaks
 * Hangul between any two syllables (a bullet in a plain <div> came out `주` / `소지`), so it
 * gets the joiners <Words> gives its text, and breaks only at spaces too. The spaces around it
 * stay as written: they part it from the elements beside it.
 */
export function keptWhole(text: string): string {
  if (!HANGUL.test(text)) return text;
  const before = /^\s*/u.exec(text)?.[0] ?? '';
  const after = /\s*$/u.exec(text)?.[0] ?? '';
  return `${before}${keepAll(text)}${after}`;
}
