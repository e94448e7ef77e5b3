/**
 * Whether a style key names a CSS property. satori skips a key it does not know without a word,
 * so a designer's `backgroundColour` or `marginBotom` drew the element without its background
 * or margin. The names come from the known-css-properties package (every property of the specs
 * and the browsers), as CSS writes them and in React's camelCase, with the few satori reads
 * beyond them.
 */
import { all } from 'known-css-properties';

/** satori's `corner-shape` family (corners drawn as notches, bevels …), newer than the list. */
const SATORI_ONLY = /^corner(?:Top|Bottom|Left|Right|StartStart|StartEnd|EndStart|EndEnd)?(?:Left|Right)?Shape$/;

let names: Set<string> | undefined;

/** `-webkit-text-stroke` → `WebkitTextStroke`, `-ms-transform` → `msTransform`, as React writes them. */
export function camelCase(property: string): string {
  return property
    .replace(/^-ms-/, 'ms-')
    .replace(/^-(\w)/, (_, letter: string) => letter.toUpperCase())
    .replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** Both spellings: satori also reads a key written as in CSS ('background-color'). */
export function cssPropertyNames(): ReadonlySet<string> {
  names ??= new Set([...all, ...all.map(camelCase)]);
  return names;
}

export function isCssProperty(key: string): boolean {
  // A custom property (--accent) is the author's own name.
  return key.startsWith('--') || cssPropertyNames().has(key) || SATORI_ONLY.test(key);
}
