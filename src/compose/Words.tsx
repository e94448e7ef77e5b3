/**
 * A text that may wrap, laid out with Korean line breaking: lines break only at spaces (see
 * words.ts). Templates use this for every piece of text that may take more than one line.
 */
import type { CSSProperties } from 'react';
import { keepAll } from './words.ts';

export interface WordsProps {
  text: string;
  fontSize: number;
  lineHeight: number;
  style?: CSSProperties;
  /** Marks the box for fitting (`title`, …); see measure.ts. */
  fit?: string;
}

export function Words({ text, fontSize, lineHeight, style, fit }: WordsProps) {
  // Templates are not type-checked: say what is wrong, not "reading 'split' of undefined".
  if (typeof text !== 'string') throw new TypeError(`<Words> needs its text as a string (text="…" or text={…}), but it was given ${text === undefined ? 'nothing' : typeof text}`);
  const laidOut = keepAll(text);
  // pre-line keeps the line breaks the author wrote; only texts that have one get it, so that
  // every other text is laid out exactly as before.
  const breaks: CSSProperties = laidOut.includes('\n') ? { whiteSpace: 'pre-line' } : {};
  return (
    // Not break-word: satori splits an over-long word joined by word joiners into overlapping
    // glyphs. A word wider than its line sticks out instead, and the fit check reports it.
    <div data-fit={fit} data-line-px={fontSize * lineHeight} style={{ display: 'flex', wordBreak: 'normal', fontSize, lineHeight, ...breaks, ...style }}>
      {laidOut}
    </div>
  );
}
