/**
 * The message for a style given no value satori takes: an object or a function, a calculation
 * with something that has no value, an opacity or a letter spacing in percent (see nonValueOf
 * in render/styleValues.ts), placed at the line that gives it.
 */
import { templateFiles } from '../compose/templateDir.ts';
import type { Problem } from '../errors.ts';
import type { NonValue } from '../render/styleValues.ts';
import { placeOfText, placeOfWrittenText, placeWhere } from '../sourceText.ts';

/**
 * A style given an object, a list or a function (`padding: space`, meant `space.cardPadding`),
 * a value calculated from something that has none (NaN, "NaNpx"), or an opacity in percent:
 * placed at the first line that gives the property something other than a number or a quoted
 * text; for a calculated one, the first that calculates it, if one does (a text in backquotes
 * or added up; a number by more than a field: a field alone that does not exist gives nothing,
 * not NaN); for an opacity, where it is written.
 */
export function nonValueError(kind: string, { property, what, why }: NonValue & { property: string }, dir: string, file: string): Problem {
  const files = templateFiles(dir, file);
  if (why === 'percent') {
    const percent = Number.parseFloat(what.slice(1, -1));
    return {
      ...placeOfWrittenText(files, what.slice(1, -1)),
      message: `the ${kind} template gives ${property} ${what}, in percent, which satori does not read: it would lay the text out wrong (with no width at all)`,
      hint: `Write it in em, the same measure (a percent of the font size, as design tools give it): ${Number.isFinite(percent) ? `'${percent / 100}em'` : "'-0.02em'"} for ${what}.`,
    };
  }
  if (why === 'fraction') {
    return {
      ...placeOfWrittenText(files, what.slice(1, -1)),
      message: `the ${kind} template gives the style opacity ${what}, which satori does not take: it would draw the element as if it had no opacity`,
      hint: 'Write opacity as a number from 0 to 1: 0.5 for 50%.',
    };
  }
  const after = `(?<![\\w$])${property}\\s*:\\s*`;
  const calculated = what.startsWith('"') ? '(?=[^,}]*[`+])' : '(?![\\s\\d\'"`.-])(?![\\w$.]+\\s*(?:[,}]|$))';
  const given = [...(why === 'calculated' ? [calculated] : []), `(?![\\s\\d'"${why === 'calculated' ? '' : '`'}.-])`].map((then) => new RegExp(after + then, 'd'));
  const at = given.map((pattern) => placeWhere(files, (line) => pattern.exec(line)?.indices?.[0]?.[1])).find((place) => place.place.line > 0);
  return {
    ...(at ?? placeOfText(files, `${property}:`)),
    ...(why === 'calculated'
      ? {
          message: `the ${kind} template calculates the style ${property} as ${what}, from something that has no value: satori cannot draw it`,
          hint: `Look at what ${property} is calculated from: a field that does not exist (misspelt) is undefined, and a number taken from a text ('40px' * 2) is NaN. Calculate with the theme's numbers (space.cardPadding).`,
        }
      : {
          message: `the ${kind} template gives the style ${property} ${what}, not a value: satori cannot draw it`,
          hint: `Give ${property} a number or a text (an object of the theme holds its values in fields: space.cardPadding, not space).`,
        }),
  };
}
