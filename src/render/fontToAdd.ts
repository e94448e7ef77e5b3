/**
 * Which font to add for characters the theme's fonts lack, named for what the characters are:
 * the hint said "for example Noto Sans KR for Hanja" for a ☞ or a Thai word too.
 */

/** Scripts a deck of a Korean office may quote, with a font that has each (a Noto font where one does). */
const SCRIPTS: [RegExp, string][] = [
  // Hanja past the basic block, which Korean fonts leave out: counted in Debian's fonts-noto-cjk,
  // Noto Sans CJK KR has 6,582 of Extension A's 6,592 and 2,108 of Extension B's 42,720.
  [/[\u{20000}-\u{3FFFF}]/u, "HanaMinB of Hanazono Mincho, which has the rare Hanja of CJK Extension B and after; Noto Sans CJK KR has few of them"],
  [/[\u3400-\u4DBF]/u, 'Noto Sans CJK KR or Noto Serif CJK KR, which have the rarer Hanja of CJK Extension A'],
  [/\p{Script=Han}/u, 'Noto Sans KR or Noto Serif KR, which have Hanja'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Noto Sans JP, for Japanese'],
  [/\p{Script=Thai}/u, 'Noto Sans Thai'],
  [/\p{Script=Arabic}/u, 'Noto Sans Arabic'],
  [/\p{Script=Hebrew}/u, 'Noto Sans Hebrew'],
  [/\p{Script=Devanagari}/u, 'Noto Sans Devanagari, for Hindi'],
  [/\p{Script=Bengali}/u, 'Noto Sans Bengali'],
  [/\p{Script=Khmer}/u, 'Noto Sans Khmer'],
  [/\p{Script=Myanmar}/u, 'Noto Sans Myanmar'],
  [/\p{Script=Lao}/u, 'Noto Sans Lao'],
  [/\p{Script=Mongolian}/u, 'Noto Sans Mongolian'],
  [/\p{Script=Georgian}/u, 'Noto Sans Georgian'],
  [/\p{Script=Armenian}/u, 'Noto Sans Armenian'],
  [/\p{Script=Ethiopic}/u, 'Noto Sans Ethiopic'],
  [/\p{Script=Tamil}/u, 'Noto Sans Tamil'],
  [/\p{Script=Sinhala}/u, 'Noto Sans Sinhala'],
  [/\p{Script=Tibetan}/u, 'Noto Serif Tibetan'],
  [/[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u, 'Noto Sans, for Latin, Greek and Cyrillic letters'],
];

/** "(for example …)" for the characters of `run`, or '' when nothing fits them. */
export function fontToAdd(run: string): string {
  const found = SCRIPTS.find(([script]) => script.test(run));
  if (found !== undefined) return ` (for example ${found[1]})`;
  // Arrows, shapes, pointing hands, circled numbers…: the symbols of Korean documents (KS X 1001),
  // which Korean fonts made for documents have and a display font such as Pretendard leaves out.
  if (/[\u2000-\u33FF\uFE30-\uFE4F\uFF00-\uFFEF]/u.test(run)) return ' (for example Noto Sans KR, which has the symbols of Korean documents)';
  return '';
}
