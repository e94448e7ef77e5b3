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
export function styleOf(written: unknown): { style: Record<string, unknown>; asText?: string } {
  if (typeof written === 'string') return { style: {}, asText: written };
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
