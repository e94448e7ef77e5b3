/**
 * Text laid out as a wrapping row of unbreakable words, so satori can only break lines at
 * spaces (see words.ts). Templates use this for every piece of text that may wrap.
 */
import type { CSSProperties } from 'react';
import { splitWords } from './words.ts';

export interface WordsProps {
  text: string;
  fontSize: number;
  lineHeight: number;
  style?: CSSProperties;
  /** Marks the box for fitting (`title`, …); see measure.ts. */
  fit?: string;
}

/** Space between words: Korean body text looks right with a little more than a font's space. */
const WORD_GAP_EM = 0.27;

export function Words({ text, fontSize, lineHeight, style, fit }: WordsProps) {
  const words = splitWords(text);
  return (
    <div
      data-fit={fit}
      data-line-px={fontSize * lineHeight}
      style={{ display: 'flex', flexWrap: 'wrap', columnGap: Math.round(fontSize * WORD_GAP_EM), fontSize, lineHeight, ...style }}
    >
      {words.map((word, i) => (
        <span key={i} style={{ display: 'flex' }}>
          {word}
        </span>
      ))}
    </div>
  );
}
