/**
 * Text pasted twice, or copied and left as it was: a case written again word for word, a case
 * copied to start another and left with the first one's title, a section heading written twice
 * in one case (추진 배경 where 추진 내용 was meant), a bullet pasted twice into a case. Each is drawn
 * as written, on a slide of its own or one below the other, and a reader of the post sees it
 * before the author does. Warnings, not errors: the slides are drawn as written.
 */
import { describePath, placeOf, type Case, type Deck } from '../deck.ts';
import { quote } from '../errors.ts';

/** As a reader compares texts: spaces and their number do not count. */
const same = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

/**
 * Bullets this short may well repeat on purpose (a "해당 없음" in two sections) and are seen at
 * a glance on the slide; a sentence pasted twice is what goes unseen.
 */
const SHORT_BULLET = 10;

export function repeatWarnings(deck: Deck): string[] {
  const warnings: string[] = [];
  const at = (path: string) => {
    const { file, line, col } = placeOf(deck.source, path);
    return `${file}:${line}:${col}`;
  };
  const lineOf = (path: string) => placeOf(deck.source, path).line;
  const texts = deck.cases.map(caseText);
  deck.cases.forEach((item, c) => {
    const earlier = deck.cases.slice(0, c);
    const whole = texts.indexOf(texts[c] ?? '');
    if (whole < c) {
      warnings.push(`${at(`cases.${c}`)}: case ${c + 1} is case ${whole + 1} again, word for word (line ${lineOf(`cases.${whole}`)}); delete one of them if it was pasted twice.`);
      return;
    }
    const titled = earlier.findIndex((other) => same(other.title) === same(item.title));
    if (titled >= 0) warnings.push(`${at(`cases.${c}.title`)}: case ${c + 1} has the title of case ${titled + 1} (line ${lineOf(`cases.${titled}.title`)}); if it is another case, give it its own title.`);
    const headings = new Map<string, number>();
    const bullets = new Map<string, string>();
    item.sections.forEach((section, s) => {
      const heading = `cases.${c}.sections.${s}.heading`;
      const first = headings.get(same(section.heading));
      if (first === undefined) headings.set(same(section.heading), s);
      else warnings.push(`${at(heading)}: case ${c + 1} section ${s + 1} has the heading of section ${first + 1} (line ${lineOf(`cases.${c}.sections.${first}.heading`)}), ${quote(section.heading)}; if it is another section, give it its own heading, and if it goes on with that one, move its bullets there.`);
      section.bullets.forEach((bullet, b) => {
        const path = `cases.${c}.sections.${s}.bullets.${b}`;
        const text = same(bullet);
        if ([...text].length < SHORT_BULLET) return;
        const before = bullets.get(text);
        if (before === undefined) {
          bullets.set(text, path);
          return;
        }
        // Named as the reader finds it: "bullet 1" in the same section, "section 1 bullet 1" in another.
        const sameSection = before.startsWith(`cases.${c}.sections.${s}.`);
        warnings.push(`${at(path)}: ${describePath(path)} repeats ${describePath(before).replace(sameSection ? /^case \d+ section \d+ / : /^case \d+ /, '')} (line ${lineOf(before)}) word for word; delete one of them if it was pasted twice.`);
      });
    });
  });
  return warnings;
}

/** A case as a reader sees it: award, title and every section, compared as text. */
function caseText(item: Case): string {
  return JSON.stringify([same(item.award ?? ''), same(item.title), item.sections.map((section) => [same(section.heading), section.bullets.map(same)])]);
}
