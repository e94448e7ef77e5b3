/**
 * The marks a list pasted from elsewhere brings before its items, where a deck writes "- ": the
 * bullets of web pages and Word (•, ▶, 🔹), those of Korean reports (□, ○, and the letters ㅇ
 * and ㅁ that stand for them there), and dashes other than "-" (the full-width － a Korean input
 * method types). One list for the checks that name them (listIndent.ts, markerWarnings.ts).
 */
const SYMBOLS = '○●◦□■▪▫◆◇•▶▷►➤';
const BULLETS = `[${SYMBOLS}·∙]|🔸|🔹|ㅇ|ㅁ`;
const DASHES = '[\\uFF0D\\u2010-\\u2015\\u2212\\u30FC]';

/** A line of a pasted list: its mark (a bullet, a dash, a check, Markdown's * or +) and its text. */
export const PASTED_ITEM = new RegExp(`^(${BULLETS}|${DASHES}|[✔✓*+])\\s+(\\S.*)$`, 'u');

/** A text that starts with a pasted list's bullet: not a dash or a check, which a text may start with. */
export const PASTED_BULLET = new RegExp(`^(${BULLETS})\\s`, 'u');

/**
 * A line of a text that YAML read over several lines, starting with such a mark: an item of its
 * own was meant ("성과" then "○ 국비 1억 원" under it was drawn as "성과 ○ 국비 1억 원"). A
 * symbol needs no space after it (the blog's "🔹은평구 …", pasted), a letter (ㅇ, ㅁ) or
 * Markdown's * does. Not the middle dots, nor dashes but the full-width one: a text may be wrapped
 * before "· 은평구청" or "— 전년 대비". Its mark, and its text after the mark.
 */
export const FOLDED_ITEM = new RegExp(`^(?:([${SYMBOLS}\\uFF0D]|🔸|🔹|✔\\uFE0F?|✓)\\s*|(ㅇ|ㅁ|\\*)\\s+)(\\S.*)$`, 'u');
