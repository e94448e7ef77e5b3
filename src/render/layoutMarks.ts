/**
 * The props templateTree.ts gives elements for measure.ts to read back from satori's layout
 * (satori reports each box with its element's props): which boxes clip, which text cannot wrap,
 * what is transformed or made invisible, and text that has no box of its own.
 */
import { clearColour } from './contrast.ts';
import { isValidElement } from 'react';
import type { WrittenAt } from '../compose/Words.tsx';

/** Props satori reports back with each box: its clip id, and the clip ids of the boxes around it. */
export const CLIP = 'data-clip';
export const CLIPPED_BY = 'data-clipped-by';
/** …and on every element whose text a template keeps on one line (`whiteSpace: 'nowrap'`), that. */
export const ONE_LINE = 'data-one-line';
/**
 * …and on every element drawn transformed (its own `transform` or one around it), the innermost
 * transform as written and the clip ids of the boxes around that one: those do not move with it.
 */
export const TRANSFORM = 'data-transform';
export const MOVED_WITHIN = 'data-moved-within';
/**
 * …and on an element that holds text beside elements (`문의 <b>…</b> 02-…`), the longest such
 * text: satori reports a box for the element and the <b>, none for the texts between them.
 */
export const INLINE_TEXT = 'data-inline-text';
/** …and on every element a style makes invisible (`opacity: 0`, `visibility: 'hidden'`), that style as written. */
export const INVISIBLE = 'data-invisible';
/**
 * …and on every element of a slide's body (inside its `data-fit="content"` box) whose text is
 * drawn smaller than the build lets body text shrink (see READABLE_PX), a SmallText as JSON.
 */
export const SMALL_TEXT = 'data-small-text';

/** Text drawn below READABLE_PX: its size, and where the <Words> that draws it is written, when one does. */
export interface SmallText {
  px: number;
  at?: WrittenAt;
}

/**
 * The size in px an element's text is drawn at, from its own fontSize and the size around it
 * (satori's default is 16 px); undefined when that cannot be told (a var(), a keyword).
 */
export function fontPxOf(fontSize: unknown, around: number | undefined): number | undefined {
  if (fontSize === undefined) return around;
  if (typeof fontSize === 'number') return fontSize;
  const [, number, unit] = typeof fontSize === 'string' ? /^\s*([\d.]+)(px|em|rem|%)?\s*$/.exec(fontSize) ?? [] : [];
  const n = Number(number);
  if (number === undefined || !Number.isFinite(n)) return undefined;
  if (unit === 'rem') return n * 16;
  if (unit === 'em' || unit === '%') return around === undefined ? undefined : (unit === 'em' ? n : n / 100) * around;
  return n;
}

/** The longest text of `children` when they hold elements too (see INLINE_TEXT). */
export function textBesideElements(children: unknown): string | undefined {
  if (!Array.isArray(children)) return undefined;
  const flat: unknown[] = children.flat(Infinity);
  if (!flat.some((child) => isValidElement(child))) return undefined;
  let longest: string | undefined;
  for (const child of flat) {
    const text = typeof child === 'string' || typeof child === 'number' ? String(child).trim() : '';
    if (text !== '' && text.length > (longest?.length ?? 0)) longest = text;
  }
  return longest;
}

/**
 * The innermost transform an element is drawn under, with the clips around it (`clippedBy`):
 * satori lays boxes out first and then transforms them, so a scaled or moved text takes no room
 * for it, and the boxes that clip it stay where they are unless the transform is theirs too.
 */
export function movedBy(style: Record<string, unknown>, clippedBy: string, around: { transform: string; within: string } | undefined): { transform: string; within: string } | undefined {
  const { transform } = style;
  return typeof transform === 'string' && transform.trim() !== '' && transform.trim() !== 'none' ? { transform, within: clippedBy } : around;
}

/** Whether a transform has a scale of 0 on either axis: `scale(0)`, `scale(1, 0)`, `scaleX(0)`. */
function scalesToNothing(transform: string): boolean {
  return [...transform.matchAll(/\bscale[XY]?\(([^)]*)\)/gi)].some(([, args]) => (args ?? '').split(/[\s,]+/).filter((f) => f !== '').map(Number).includes(0));
}

/**
 * Whether an element's text is drawn by more than its colour: an outline (`WebkitTextStroke`) or
 * a background clipped to it (a gradient text, `backgroundClip: 'text'`), which the text inside
 * shares. Such text shows in a clear colour (`color: 'transparent'` is how both are written).
 */
export function paintsTextOtherwise(style: Record<string, unknown>): boolean {
  const stroke = style['WebkitTextStroke'] ?? style['WebkitTextStrokeWidth'];
  const clip = style['backgroundClip'] ?? style['WebkitBackgroundClip'];
  return clip === 'text' || ((typeof stroke === 'string' || typeof stroke === 'number') && !/^0(?:px)?\b/.test(String(stroke).trim()));
}

/**
 * The style that makes an element invisible, as written: satori lays its text out and draws
 * nothing of it. Visibility, unlike opacity, a box inside may turn back on, and so may a colour
 * of its own after a clear one (`color: 'transparent'`, which the element's text inherits).
 * `colour`: the element's own colour, its var()s resolved.
 */
export function invisibleBy(style: Record<string, unknown>, around: string | undefined, colour?: string): string | undefined {
  const { opacity, visibility } = style;
  if (opacity === 0 || opacity === '0') return `opacity: ${String(opacity)}`;
  if (visibility === 'hidden') return "visibility: 'hidden'";
  // A transform that scales to nothing (scale(0), scaleY(0)): satori draws the text at no size.
  if (typeof style['transform'] === 'string' && scalesToNothing(style['transform'])) return `transform: '${style['transform']}'`;
  if (colour !== undefined && clearColour(colour)) return `color: '${String(style['color'])}'`;
  if (colour !== undefined && around?.startsWith('color') === true) return undefined;
  return visibility === 'visible' && around?.startsWith('visibility') === true ? undefined : around;
}
