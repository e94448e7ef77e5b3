/**
 * A text that may wrap, laid out with Korean line breaking: lines break only at spaces (see
 * words.ts). Templates use this for every piece of text that may take more than one line.
 */
import type { CSSProperties, ReactNode } from 'react';
import { nearestWord } from '../nearest.ts';
import { keepAll } from './words.ts';

export interface WordsProps {
  /** A number is drawn as written (`text={props.caseNumber}`), as JSX draws one between tags. */
  text: string | number;
  fontSize: number;
  lineHeight: number;
  style?: CSSProperties;
  /** Marks the box for fitting (`title`, …); see measure.ts. */
  fit?: string;
}

const PROPS = ['text', 'fontSize', 'lineHeight', 'style', 'fit'];

/** Where a <Words> tag is written, as esbuild's JSX gives it (jsxDevRuntime.ts): a path relative to cardnews's folder. */
export interface WrittenAt {
  fileName: string;
  lineNumber: number;
  columnNumber: number;
}

/** The prop jsxDevRuntime.ts hands each <Words> its place in. */
export const WRITTEN_AT = '__cardnewsWrittenAt';

/**
 * A template's mistake in using <Words>. It runs from cardnews's code, so no frame of the stack
 * is the template's: `seek` is what to look for in the template files to place it, the text a
 * line writes (or one of several ways to write it) or a <Words> tag without a prop, and
 * `writtenAt` the tag's own place, when nothing sought is found.
 */
class WordsUsageError extends TypeError {
  constructor(message: string, readonly seek: string | string[] | { tag: 'Words'; without: string } | undefined, readonly writtenAt: WrittenAt | undefined) {
    super(message);
  }
}

type GivenProps = WordsProps & { children?: ReactNode; [WRITTEN_AT]?: WrittenAt };

/** Templates are not type-checked: say what is wrong, not "reading 'split' of undefined" or nothing at all. */
function checkProps(props: GivenProps): void {
  const misused = (message: string, seek?: WordsUsageError['seek']) => new WordsUsageError(message, seek, props[WRITTEN_AT]);
  // A misspelt prop (lineHeght=) left the text at satori's own line height, without a word.
  const unknown = Object.keys(props).find((key) => !PROPS.includes(key) && key !== 'children' && key !== WRITTEN_AT);
  if (unknown !== undefined) {
    const meant = nearestWord(unknown, PROPS);
    throw misused(`<Words> has no prop "${unknown}"${meant === undefined ? '' : ` (did you mean "${meant}"?)`}: it takes ${PROPS.join(', ')}`, `${unknown}=`);
  }
  if (typeof props.text !== 'string' && !(typeof props.text === 'number' && Number.isFinite(props.text))) {
    const between = props.children !== undefined ? ': write it as text="…", not between <Words> and </Words>' : '';
    const given = props.text === undefined ? 'nothing' : typeof props.text === 'number' ? `${props.text}, a calculation with something that has no value` : typeof props.text;
    throw misused(`<Words> needs its text as a string (text="…" or text={…}), but it was given ${given}${between}`, props.text === undefined ? { tag: 'Words', without: 'text' } : undefined);
  }
  for (const [key, example] of [['fontSize', '{40}'], ['lineHeight', '{1.5}']] as const) {
    const value: unknown = props[key];
    if (typeof value === 'number' && Number.isFinite(value)) continue;
    // Placed where written as it came (fontSize="54px", or a theme's `meta: '28px'`); nothing or
    // NaN, at a <Words> without it or one that calculates it from a field that does not exist.
    const given = value === undefined ? 'nothing' : typeof value === 'number' ? `${value}, a calculation with something that has no value` : JSON.stringify(value);
    throw misused(`<Words> needs ${key} as a number (${key}=${example}), but it was given ${given}`, typeof value === 'string' ? [`${key}="${value}"`, `'${value}'`, `"${value}"`] : value === undefined || typeof value === 'number' ? { tag: 'Words', without: key } : undefined);
  }
}

export function Words(props: WordsProps) {
  checkProps(props as GivenProps);
  const { text, fontSize, lineHeight, style, fit } = props;
  const laidOut = keepAll(String(text));
  // pre-line keeps the line breaks the author wrote; only texts that have one get it, so that
  // every other text is laid out exactly as before.
  const breaks: CSSProperties = laidOut.includes('\n') ? { whiteSpace: 'pre-line' } : {};
  return (
    // Not break-word: satori splits an over-long word joined by joiners into overlapping
    // glyphs. A word wider than its line sticks out instead, and the fit check reports it.
    // No ligatures or contextual forms: satori measured "->" as typed but drew Pretendard's
    // arrow for it, with a double space after. A template may still ask for them in `style`.
    <div data-fit={fit} data-line-px={fontSize * lineHeight} style={{ display: 'flex', wordBreak: 'normal', fontVariantLigatures: 'none', fontSize, lineHeight, ...breaks, ...style }}>
      {laidOut}
    </div>
  );
}
