/**
 * What to write instead of characters no font of a deck has, when they are ones that text
 * written in HWP, Word or a PDF brings: HWP writes `1∼3월` with U+223C, a mathematical operator,
 * where a Korean font has `1～3월`; Word pastes its bullets as characters of its own fonts; a
 * copy loses characters as U+FFFD or control characters. A comms officer told only "no font can
 * draw ∼" is stuck; told which character to write instead, not.
 */
import { codePoints } from './emoji.ts';

/** Characters many fonts lack, each with those that look alike and a Korean font has. */
const LOOK_ALIKES: Record<string, string[]> = {
  '\u223C': ['\uFF5E', '~'], // ∼ tilde operator → ～ fullwidth tilde, ~
  '\u301C': ['\uFF5E', '~'], // 〜 wave dash
  '\u2219': ['\u00B7', '\u318D'], // ∙ bullet operator → · middle dot, ㆍ
  '\u2027': ['\u00B7', '\u318D'], // ‧ hyphenation point
  '\uFF65': ['\u00B7', '\u318D'], // ･ halfwidth middle dot
  '\u30FB': ['\u00B7', '\u318D'], // ・ katakana middle dot
  '\u119E': ['\u318D', '\u00B7'], // ᆞ araea as a vowel of old Hangul (an HWP middle dot) → ㆍ, ·
  '\u25CE': ['\u25C9', '\u25CB'], // ◎ bullseye → ◉ fisheye, ○
  '\u25E6': ['\u25CB', '\u2022'], // ◦ white bullet → ○, •
  '\u25AA': ['\u25A0'], // ▪ → ■
  '\u25AB': ['\u25A1'], // ▫ → □
  '\u260F': ['\u260E'], // ☏ → ☎
  '\u2212': ['-'], // − minus sign
  '\u2010': ['-'], // ‐ hyphen
  '\u2011': ['-'], // ‑ non-breaking hyphen
  '\u2794': ['\u2192'], // ➔ → →
  '\u279C': ['\u2192'], // ➜ → →
  '\u27A1': ['\u2192'], // ➡ (without the emoji selector) → →
  // Latin ligatures as a PDF's text layer gives them (a copied "file" arrives as "ﬁle").
  '\uFB00': ['ff'],
  '\uFB01': ['fi'],
  '\uFB02': ['fl'],
  '\uFB03': ['ffi'],
  '\uFB04': ['ffl'],
  '\uFB05': ['st'],
  '\uFB06': ['st'],
  // Word's list bullets, pasted as text: a character of its Symbol or Wingdings font, which Word
  // keeps in the private-use area (U+F000 + the font's code) and only that font draws.
  '\uF0B7': ['\u2022', '\u00B7'], // Symbol • → •, ·
  '\uF0A7': ['\u25AA', '\u25A0'], // Wingdings ▪ (Word's square bullet) → ▪, ■
  '\uF06C': ['\u25CF'], // Wingdings ●
  '\uF06E': ['\u25A0'], // Wingdings ■
  '\uF06F': ['\u25A1'], // Wingdings □
  '\uF071': ['\u2751', '\u25A1'], // Wingdings ❑ → ❑, □
  '\uF076': ['\u2756', '\u25C6'], // Wingdings ❖ → ❖, ◆
  '\uF0D8': ['\u27A2', '\u25B6', '\u2192'], // Wingdings ➢ (Word's arrow bullet) → ➢, ▶, →
  '\uF0FC': ['\u2713', '\u221A'], // Wingdings ✓ (Word's check bullet) → ✓, √
  '\uF0E8': ['\u2794', '\u2192'], // Wingdings ➔ → ➔, →
  '\uF0AE': ['\u2192'], // Symbol →
  '\uF0DE': ['\u21D2'], // Symbol ⇒
};

/** A character of a font's own (the private-use areas): no other font draws it as it was shown. */
const PRIVATE_USE = /^[\uE000-\uF8FF\u{F0000}-\u{10FFFF}]+$/u;

/**
 * What to do about private-use characters no font of the deck has: taken out, when they start the
 * text as a pasted list's mark; else what each stood for, when it is one of Word's bullets.
 */
function privateUseHint(run: string, alike: [string, string][] | undefined, startsText: boolean): string {
  const many = Array.from(run).length > 1;
  const them = many ? 'them' : 'it';
  const what = `${many ? 'These are characters' : 'It is a character'} of the font ${many ? 'they were' : 'it was'} typed in (Word's Symbol or Wingdings, as Word's bullets are pasted, or one of Hangul's), and no other font draws ${them}`;
  if (startsText) return `${what}: as the mark of a pasted list, take ${them} out — the theme draws the markers of headings and bullets.`;
  if (alike !== undefined) return `${what}: write ${alike.map(([was, instead]) => `${instead} (${codePoints(instead)}) for ${codePoints(was)}`).join(', ')} instead, as Word shows ${them} (or the nearest the fonts have).`;
  return `${what}: write the symbol ${many ? 'they' : 'it'} stood for, as the document shows ${them}, or take ${them} out.`;
}

/** Control characters: they draw nothing, and no font has them. */
export const CONTROL = /^[\u0000-\u0008\u000E-\u001F\u007F-\u009F]+$/u;

/**
 * The characters that Windows' Western encoding (cp1252) has where Latin-1 has controls: text
 * of that encoding read as Latin-1 (a PDF's, an old web page's) keeps U+0092 where it had ’.
 */
const CP1252: Record<string, string> = { '\u0080': '€', '\u0085': '…', '\u0091': '‘', '\u0092': '’', '\u0093': '“', '\u0094': '”', '\u0095': '•', '\u0096': '–', '\u0097': '—', '\u0099': '™' };

/** What to do about control characters in a text: what each one stood for, when cp1252 says; else take them out. */
function controlHint(run: string): string {
  const meant = Array.from(new Set(Array.from(run)), (ch) => [ch, CP1252[ch]] as const);
  if (meant.every(([, instead]) => instead !== undefined)) {
    return `${meant.length > 1 ? 'These are control characters' : 'It is a control character'}, left where text saved in Windows' Western encoding (cp1252) had ${meant.map(([, instead]) => instead).join(' ')}: write ${meant.map(([was, instead]) => `${instead ?? ''} for ${codePoints(was)}`).join(', ')}.`;
  }
  const many = Array.from(run).length > 1;
  return `${many ? 'These are control characters' : 'It is a control character'}, which draws nothing (copied from a PDF, or written as an escape such as \\x07 in quotes): take ${many ? 'them' : 'it'} out.`;
}

/** For each character of `run`, one (or letters) that look the same and `has` glyphs for; undefined unless every one has. */
function lookAlikesOf(run: string, has: (codePoint: number) => boolean): [string, string][] | undefined {
  const pairs: [string, string][] = [];
  for (const ch of new Set(Array.from(run))) {
    const instead = LOOK_ALIKES[ch]?.find((candidate) => Array.from(candidate).every((letter) => has(letter.codePointAt(0) ?? 0)));
    if (instead === undefined) return undefined;
    pairs.push([ch, instead]);
  }
  return pairs;
}

/**
 * What to write for `run`, characters in a row that no font `has`, when they are ones pasted or
 * copied text brings; undefined for others (a Hanja: a font that has it is what to add).
 * `startsText`: the run starts its text, where a pasted list has its mark.
 */
export function pastedCharacterHint(run: string, has: (codePoint: number) => boolean, startsText: boolean): string | undefined {
  const many = Array.from(run).length > 1;
  if (/^\uFFFD+$/u.test(run)) return `${many ? 'These stand' : 'It stands'} for what a program could not read: the text lost ${many ? 'characters' : 'a character'} here when it was copied or saved (from a file in another encoding than UTF-8, say). Write what was meant.`;
  if (CONTROL.test(run)) return controlHint(run);
  const alike = lookAlikesOf(run, has);
  if (PRIVATE_USE.test(run)) return privateUseHint(run, alike, startsText);
  if (alike === undefined) return undefined;
  return `Write ${alike.map(([was, instead]) => `${instead} (${codePoints(instead)}) for ${was}`).join(', ')}: ${alike.length > 1 ? 'they look' : 'it looks'} alike, and the fonts have ${alike.length > 1 ? 'them' : 'it'}.`;
}
