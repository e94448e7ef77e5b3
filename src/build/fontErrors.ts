/**
 * The messages for a template's fonts that satori would draw otherwise than asked (see
 * render/templateTree.ts): a family the theme does not load, a weight it has no font for or one
 * written as a word, italic. Each placed at the template line that asks it.
 */
import { templateFiles } from '../compose/templateDir.ts';
import type { Problem } from '../errors.ts';
import { isFallbackFamily } from '../render/fonts.ts';
import { namesOf } from '../render/styleValues.ts';
import { placeOfText, placesOfText, placeWhere, textIn } from '../sourceText.ts';

/**
 * A fontFamily that names no font the theme loads: satori would draw it in the first font it
 * has. Placed at the line that writes it.
 */
export function unknownFamilyError(family: string, loaded: readonly string[], dir: string, file: string): Problem {
  const first = namesOf(family)[0] ?? family;
  const themeFamilies = loaded.filter((name) => !isFallbackFamily(name));
  const files = templateFiles(dir, file);
  // A value that is no text (fontFamily: 3) is found as written; a name, inside its quotes,
  // after fontFamily first (the name alone was found in a font file's path above it:
  // 'Pretendard' in pretendard-gov/…/PretendardGOV-Regular.ttf).
  const quoted = [`'${first}'`, `"${first}"`];
  const atName = (found: Pick<Problem, 'place' | 'sourceLine'>) => ({ ...found, place: { ...found.place, col: found.place.col + 1 } });
  const found = [
    placeOfText(files, `fontFamily: ${family}`),
    ...quoted.map((name) => placeOfText(files, `fontFamily: ${name}`)),
    ...quoted.map((name) => atName(placeOfText(files, name))),
  ];
  const written = found.find((place) => place.place.line > 0) ?? placeOfText(files, first);
  // A list written as CSS writes it ('"Noto Sans KR", sans-serif') has its quotes already.
  const shown = /["']/.test(family) ? family : `"${family}"`;
  return {
    ...written,
    message: `fontFamily ${shown} names none of the theme's fonts (${themeFamilies.join(', ')}): satori would draw that text in ${themeFamilies[0] ?? 'another font'} instead`,
    hint: 'Add the font to the theme\'s "fonts" (see "Fonts" in the README), or write one of those names.',
  };
}

/**
 * A fontWeight the family has no font for: satori would draw the nearest weight it has. Placed
 * at the line that writes that weight (a <b> or 'bold' asks for 700).
 */
export function missingWeightError(kind: string, { weight, family }: { weight: number; family: string }, families: ReadonlyMap<string, ReadonlySet<number>>, dir: string, file: string): Problem[] {
  const files = templateFiles(dir, file);
  const weights = [...(families.get(family) ?? [])].sort((a, b) => a - b).join(', ');
  // No font is made in it: adding one is no way out.
  if (!(weight >= 1 && weight <= 1000)) return [{ ...weightPlace(files, weight), message: `the ${kind} template sets fontWeight ${weight}, which is no weight: CSS weights go from 1 to 1000`, hint: `Write one of the weights the theme loads ${family} in: ${weights}.` }];
  const hint = `Add the ${family} font of weight ${weight} to the theme's fonts (see "Fonts" in the README), or write one of ${weights}.`;
  // No font of the theme has that weight: every line that writes it is the same mistake (a
  // theme's new family that lacks ExtraBold, where the templates write 800 five times).
  const everywhere = ![...families.values()].some((loaded) => loaded.has(weight)) ? placesOfText(files, `fontWeight: ${weight}`).concat(placesOfText(files, `font-weight: ${weight}`)) : [];
  const drawn = drawnWeight(weight, [...(families.get(family) ?? [])]);
  if (everywhere.length > 1) {
    return everywhere.map((written) => ({ ...written, message: `fontWeight ${weight} here has no font: the theme loads ${family} only in ${weights}, and satori would draw this text ${drawn}`, hint }));
  }
  return [{
    ...weightPlace(files, weight),
    message: `the ${kind} template sets fontWeight ${weight}, but the theme loads ${family} only in ${weights}: satori would draw that text ${drawn}`,
    hint,
  }];
}

/**
 * How satori draws a weight a family has no font for: with the font CSS matches (a bolder one
 * first for 600 and up, a lighter one first below 400, and 400–500 before anything heavier),
 * thickened with an outline when 600 or more is asked and that font is lighter than 600.
 */
function drawnWeight(weight: number, have: readonly number[]): string {
  const above = [...have].filter((w) => w > weight).sort((a, b) => a - b);
  const below = [...have].filter((w) => w < weight).sort((a, b) => b - a);
  const matched = weight >= 400 && weight <= 500 ? (above.find((w) => w <= 500) ?? below[0] ?? above[0]) : weight < 400 ? (below[0] ?? above[0]) : (above[0] ?? below[0]);
  if (matched === undefined) return 'in another font';
  return weight >= 600 && matched < 600 ? `with the ${matched} font thickened by an outline (a faux bold)` : `with the ${matched} font instead`;
}

/**
 * Where a weight is written: as a number, or in quotes; 700 may be 'bold', a <b> or a <strong>
 * and 400 'normal'. Not found (a weight from a variable): the file alone, not a guessed line.
 */
function weightPlace(files: readonly string[], weight: number): Pick<Problem, 'place' | 'sourceLine'> {
  const words = weight === 700 ? ["'bold'", '"bold"'] : weight === 400 ? ["'normal'", '"normal"'] : [];
  // In a style, or a stylesheet's rule (font-weight: 600, bold).
  const needles = [weight, `'${weight}'`, `"${weight}"`, ...words].map((value) => `fontWeight: ${value}`)
    .concat([String(weight), ...words.map((word) => word.slice(1, -1))].map((value) => `font-weight: ${value}`))
    .concat(weight === 700 ? ['<b>', '<strong'] : []);
  const written = placeWhere(files, (line) => needles.map((needle) => textIn(needle)(line)).find((col) => col !== undefined));
  if (written.place.line > 0) return written;
  // A number written another way (1e3, 7_00, 700.0).
  return placeWhere(files, (line) => {
    const found = /fontWeight:\s*([\d._eE+]+)/.exec(line);
    return found !== null && Number((found[1] ?? '').replaceAll('_', '')) === weight ? found.index : undefined;
  });
}

/** A fontWeight written as a word satori does not read: placed at every line that writes it. */
export function unreadWeightErrors(kind: string, written: string, families: ReadonlyMap<string, ReadonlySet<number>>, dir: string, file: string): Problem[] {
  const files = templateFiles(dir, file);
  const lines = [`'${written}'`, `"${written}"`].flatMap((value) => placesOfText(files, `fontWeight: ${value}`));
  const weights = [...new Set([...families.values()].flatMap((loaded) => [...loaded]))].sort((a, b) => a - b).join(', ');
  return (lines.length > 0 ? lines : [placeOfText(files, written)]).map((place) => ({
    ...place,
    message: `the ${kind} template sets fontWeight '${written}', which satori does not read as a weight: it would draw that text in the family's heaviest font`,
    hint: `Write the weight as a number, one the theme has a font for (${weights}).`,
  }));
}

/** Italic asked for (fontStyle, or an <i> or <em>): no theme font is italic. Placed where it is written. */
export function italicError(kind: string, written: string, dir: string, file: string): Problem {
  return {
    ...placeOfText(templateFiles(dir, file), written.startsWith('<') ? written.slice(0, -1) : written.slice(0, written.indexOf(':'))),
    message: `the ${kind} template asks for italic text (${written}), but the theme loads no italic fonts: satori would slant the upright letters (a faux italic), which lean out of the boxes that measure them`,
    hint: 'Take it out, and show emphasis with a weight or a colour the theme has.',
  };
}
