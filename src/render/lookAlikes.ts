/**
 * Characters that documents written in HWP or Word bring and many fonts lack, each with those
 * that look alike and a Korean font has: HWP writes `1∼3월` with U+223C, a mathematical operator;
 * a Korean font has `1～3월`. A comms officer told only "no font can draw ∼" is stuck; told which
 * character to write instead, not.
 */
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
};

/** For each character of `run`, one that looks the same and `has` a glyph for; undefined unless every one has. */
export function lookAlikesOf(run: string, has: (codePoint: number) => boolean): [string, string][] | undefined {
  const pairs: [string, string][] = [];
  for (const ch of new Set(Array.from(run))) {
    const instead = LOOK_ALIKES[ch]?.find((candidate) => has(candidate.codePointAt(0) ?? 0));
    if (instead === undefined) return undefined;
    pairs.push([ch, instead]);
  }
  return pairs;
}
