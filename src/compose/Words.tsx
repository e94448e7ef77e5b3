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
  return (
    // break-word: a single word longer than the line (a URL) breaks rather than sticking out.
    <div data-fit={fit} data-line-px={fontSize * lineHeight} style={{ display: 'flex', wordBreak: 'break-word', fontSize, lineHeight, ...style }}>
      {keepAll(text)}
    </div>
  );
}
