/**
 * How satori reads the values of a template's styles: an element's style (and the CSS text one
 * is written as by mistake), a fontWeight, a font-family list.
 */

/** What CSS means by a fontWeight, as a number (satori takes numbers and these keywords). */
export function weightOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value === 'normal') return 400;
  if (value === 'bold') return 700;
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * An element's style, and the CSS text it was written as, as HTML writes it: a text, or the
 * characters a component spread into its own style object (`{ ...own, ...style }` turns a text
 * into keys 0, 1, 2 …, which CSS has no property for).
 */
export function styleOf(written: unknown): { style: Record<string, unknown>; asText?: string; asList?: true } {
  if (typeof written === 'string') return { style: {}, asText: written };
  // A list of style objects, as React Native merges them: satori read its items' indexes as properties.
  if (Array.isArray(written)) return { style: {}, asList: true };
  if (typeof written !== 'object' || written === null) return { style: {} };
  const entries = Object.entries(written);
  const characters = entries.filter(([key]) => /^\d+$/.test(key));
  if (characters.length === 0 || !characters.every(([key], i) => key === String(i))) return { style: written as Record<string, unknown> };
  return { style: Object.fromEntries(entries.filter(([key]) => !/^\d+$/.test(key))), asText: characters.map(([, character]) => String(character)).join('') };
}

/** The family names of a CSS font-family list: "'Noto Sans KR', sans-serif" → both, unquoted. */
export function namesOf(family: string): string[] {
  return family.split(',').map((name) => name.trim().replace(/^(['"])(.*)\1$/, '$2')).filter((name) => name !== '');
}

/** A style value satori cannot take: what it was given instead, and why it is none. */
export interface NonValue {
  what: string;
  /**
   * 'object': an object, a list, a function or true; 'calculated': NaN, or a text with "NaN" or
   * "undefined" in it, calculated from a field that does not exist; 'fraction': an opacity
   * written as CSS may write it (50%), which satori skips without a word.
   */
  why: 'object' | 'calculated' | 'fraction' | 'percent';
}

/**
 * Text made from a calculation with something missing: `${size}px` with size undefined, a
 * number read from '40px'. Whole words only, and never inside url(…), whose base64 may hold
 * those letters.
 */
const CALCULATED_FROM_NOTHING = /(?<![A-Za-z0-9+/])(NaN|undefined|Infinity|\[object Object\])/;

/**
 * Whether satori can take `value` as the value of `property`. An object, a list, a function or
 * true failed inside satori ("inputValue.trim is not a function") at no line; so did NaN; a
 * text with NaN in it ("NaNpx") was skipped with a printed line, or, in a shadow or a font
 * size, without one; so was an opacity of '50%'; a letter spacing in percent left its text no width.
 */
export function nonValueOf(property: string, value: unknown): NonValue | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { what: String(value), why: 'calculated' };
  if (typeof value === 'string') {
    // A family may be named so ('Infinity Sans'); one that is no font is named as such anyway.
    if (property !== 'fontFamily' && !value.includes('url(') && CALCULATED_FROM_NOTHING.test(value)) return { what: `"${value}"`, why: 'calculated' };
    // Figma gives letter spacing in percent of the font size; satori laid such a text out with no width.
    if ((property === 'letterSpacing' || property === 'wordSpacing') && /%\s*$/.test(value)) return { what: `'${value}'`, why: 'percent' };
    return property === 'opacity' && !/^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(value) ? { what: `'${value}'`, why: 'fraction' } : undefined;
  }
  if (Array.isArray(value)) return { what: 'a list', why: 'object' };
  if (typeof value === 'function') return { what: 'a function', why: 'object' };
  if (value === true) return { what: 'true', why: 'object' };
  return typeof value === 'object' && value !== null ? { what: 'an object', why: 'object' } : undefined;
}
