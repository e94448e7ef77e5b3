/**
 * Text that starts with the theme's own marker (✔️ before a heading, 🔹 before a bullet) would
 * show the marker twice: easy to do when copying from a blog post that has them in its text. So
 * would one that starts with another list's mark (`ㅇ 추진 배경` from a report): two marks.
 * Worth a warning, not an error: the slide is still drawn as written.
 */
import type { ThemeCore } from '../compose/templateTypes.ts';
import { describePath, placeOf, type Deck } from '../deck.ts';
import { PASTED_BULLET } from '../validate/listMarks.ts';

/** Without variation selectors: "✔" and "✔️" are the same marker. */
const bare = (text: string) => text.replace(/[\uFE0E\uFE0F]/gu, '').trim();

export function markerWarnings(deck: Deck, markers: ThemeCore['markers']): string[] {
  const warnings: string[] = [];
  const check = (text: string, path: string, marker: string, before: string) => {
    if (bare(marker) === '') return;
    const pasted = PASTED_BULLET.exec(bare(text))?.[1];
    if (!bare(text).startsWith(bare(marker)) && pasted === undefined) return;
    const { file, line, col } = placeOf(deck.source, path);
    const starts = bare(text).startsWith(bare(marker)) ? `${marker}, which the theme already draws` : `"${pasted ?? ''}", a list's mark pasted with it, and the theme draws ${marker}`;
    warnings.push(`${file}:${line}:${col}: ${describePath(path)} starts with ${starts} before every ${before}; remove it from the text.`);
  };
  deck.cases.forEach((item, c) =>
    item.sections.forEach((section, s) => {
      check(section.heading, `cases.${c}.sections.${s}.heading`, markers.heading, 'heading');
      section.bullets.forEach((bullet, b) => check(bullet, `cases.${c}.sections.${s}.bullets.${b}`, markers.bullet, 'bullet'));
    }),
  );
  return warnings;
}
