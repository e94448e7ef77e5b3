/**
 * The marks a list pasted from elsewhere brings before its items, where a deck writes "- ": the
 * bullets of web pages and Word (•, ▶, 🔹), those of Korean reports (□, ○, and the letters ㅇ
 * and ㅁ that stand for them there), and dashes other than "-" (the full-width － a Korean input
 * method types). One list for the checks that name them (listIndent.ts, markerWarnings.ts).
 */
const BULLETS = '[○●◦□■▪▫◆◇•·∙▶▷►➤]|🔸|🔹|ㅇ|ㅁ';
const DASHES = '[\\uFF0D\\u2010-\\u2015\\u2212\\u30FC]';

/** A line of a pasted list: its mark (a bullet, a dash, a check, Markdown's * or +) and its text. */
export const PASTED_ITEM = new RegExp(`^(${BULLETS}|${DASHES}|[✔✓*+])\\s+(\\S.*)$`, 'u');

/** A text that starts with a pasted list's bullet: not a dash or a check, which a text may start with. */
export const PASTED_BULLET = new RegExp(`^(${BULLETS})\\s`, 'u');
