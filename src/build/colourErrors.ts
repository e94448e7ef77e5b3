/**
 * The messages for colours a template's element tree asks for that would not show as meant (see
 * render/templateTree.ts): one resvg cannot read, and text or an emoji on nearly its own colour.
 * Each is placed where the colour (or the emoji) is written, the theme's line or the component's.
 */
import type { Problem } from '../errors.ts';
import { templateFiles } from '../compose/templateDir.ts';
import { placeOfText, placeOfWrittenText } from '../sourceText.ts';

/**
 * An emoji the template writes (a theme marker), drawn on nearly its own colours (Twemoji's ✔️
 * is dark grey, and vanished on a dark card): placed where it is written. One that only the deck
 * writes is the deck's to choose: undefined.
 */
export function faintEmojiError(kind: string, { emoji, colours, behind, ratio }: { emoji: string; colours: string[]; behind: string; ratio: number }, dir: string, file: string): Problem | undefined {
  const written = placeOfWrittenText(templateFiles(dir, file), emoji);
  if (written.place.line === 0) return undefined;
  return {
    ...written,
    message: `the ${kind} template draws ${emoji} (in ${colours.join(', ')}) on ${behind}, a contrast of ${ratio.toFixed(2)}:1: it would hardly show`,
    hint: 'Choose an emoji that stands out from that background (a marker is one of the theme\'s markers), or give its box another background.',
  };
}

/** Text on nearly its own colour: placed where its colour is written (the theme's line, or the component's). */
export function faintTextError(kind: string, { ink, behind, ratio }: { ink: string; behind: string; ratio: number }, dir: string, file: string): Problem {
  return {
    ...placeOfColour(templateFiles(dir, file), 'color', ink),
    message: `the ${kind} template draws text in ${ink} on ${behind}, a contrast of ${ratio.toFixed(2)}:1: it would hardly show`,
    hint: 'Give the text a colour that stands out from the one behind it (WCAG asks at least 3:1 for text this large), or give its box another background.',
  };
}

/** A colour resvg cannot read: placed at the line that writes it (the theme's, or the component's). */
export function badColourError(kind: string, [property, colour]: readonly [string, string], dir: string, file: string): Problem {
  return {
    ...placeOfColour(templateFiles(dir, file), property, colour),
    message: `the ${kind} template's ${property} has "${colour}", which is not a colour: resvg would draw it black, or not at all`,
    hint: 'Write a colour as #RRGGBB (6 hexadecimal digits), a CSS colour name such as white, or rgb(…).',
  };
}

/** Where a bad colour is written: as it came, or (a number, an empty text) after its property. */
function placeOfColour(files: readonly string[], property: string, colour: string): Pick<Problem, 'place' | 'sourceLine'> {
  const written = placeOfText(files, colour === '' ? `${property}: ''` : colour);
  return written.place.line > 0 || colour === '' ? written : placeOfText(files, `${property}:`);
}
