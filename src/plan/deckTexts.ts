/** Every string a deck puts on its slides, with the name and place messages use for it. */
import { describePath, placeOf, type Deck } from '../deck.ts';
import type { ThemeCore } from '../compose/templateTypes.ts';
import type { PlacedText } from '../render/coverage.ts';

/** `inTheme` finds where a string of the theme is written, for messages about it. */
export function deckTexts(deck: Deck, theme: ThemeCore, inTheme: (text: string) => Pick<PlacedText, 'place' | 'sourceLine'>): PlacedText[] {
  return [
    ...writtenTexts(deck),
    { text: theme.markers.heading, what: "the theme's heading marker", ...inTheme(theme.markers.heading) },
    { text: theme.markers.bullet, what: "the theme's bullet marker", ...inTheme(theme.markers.bullet) },
    { text: theme.labels.continued, what: 'the theme\'s "continued" label', ...inTheme(theme.labels.continued) },
    { text: '0123456789/', what: 'the slide numbers', ...inTheme('fonts') },
  ];
}

/** The strings the deck itself writes, each at its place. */
export function writtenTexts(deck: Deck): PlacedText[] {
  const texts: PlacedText[] = [];
  const add = (path: string, text: string) => {
    const place = placeOf(deck.source, path);
    const sourceLine = deck.source.lines[place.line - 1];
    texts.push({ text, what: describeText(path), place, ...(sourceLine !== undefined ? { sourceLine } : {}) });
  };
  add('title', deck.title);
  if (deck.period !== undefined) add('period', deck.period);
  if (deck.organization !== undefined) add('organization', deck.organization);
  // A cover's line the deck leaves out is made of the title, period and organization, checked
  // where they are written: checked again, each mistake was named twice, once at line 1.
  if (deck.source.places.has('cover.kicker')) add('cover.kicker', deck.cover.kicker);
  if (deck.source.places.has('cover.title')) add('cover.title', deck.cover.title);
  deck.cases.forEach((c, i) => {
    if (c.award !== undefined) add(`cases.${i}.award`, c.award);
    add(`cases.${i}.title`, c.title);
    c.sections.forEach((s, j) => {
      add(`cases.${i}.sections.${j}.heading`, s.heading);
      s.bullets.forEach((b, k) => add(`cases.${i}.sections.${j}.bullets.${k}`, b));
    });
  });
  deck.closing?.lines.forEach((line, i) => add(`closing.lines.${i}`, line));
  return texts;
}

/** How messages name a string of the deck: `case 3 section 1 bullet 2`, `the deck's "title"`. */
export function describeText(path: string): string {
  const described = describePath(path);
  return path.includes('.') ? described : `the deck's "${path}"`;
}
