/**
 * Errors that reach the user. A `UserError` is something the user can fix (a deck mistake, a
 * missing file): the CLI prints its text without a stack and exits 1. A `UsageError` is a wrong
 * command line (exit 2). Anything else is a bug and is re-thrown with its stack under --debug.
 */
import { inCodeUnitOrder } from './codeUnitOrder.ts';

/** A place in a source file, 1-based like editors show it; line 0 means the file as a whole. */
export interface SourcePlace {
  file: string;
  line: number;
  col: number;
}

/** One problem found in a deck, with where it is and what to do about it. */
export interface Problem {
  place: SourcePlace;
  message: string;
  hint: string;
  /** The source line, shown under the message as a code frame. */
  sourceLine?: string | undefined;
}

export class UserError extends Error {
  readonly exitCode = 1;
  constructor(
    readonly problems: readonly Problem[],
    options?: { cause?: unknown },
  ) {
    super(problems.map(formatProblem).join('\n\n'), options);
    this.name = 'UserError';
  }
}

/** What a file-system error (EACCES, ENOSPC …) says about itself: the user's to fix, not a bug. */
export interface FileErrorFields {
  code: string;
  path: string;
  /** A rename's target: the file the user knows, where `path` is a temporary one. */
  dest?: string;
  syscall?: string;
}

/** Those fields of an error, if it has a code and a path; plain data, to cross a worker boundary. */
export function fileErrorFields(error: unknown): FileErrorFields | undefined {
  const { code, path, dest, syscall } = (error ?? {}) as Partial<Record<keyof FileErrorFields, unknown>>;
  if (typeof code !== 'string' || typeof path !== 'string') return undefined;
  return { code, path, ...(typeof dest === 'string' ? { dest } : {}), ...(typeof syscall === 'string' ? { syscall } : {}) };
}

export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The problem with the line it points at, from the file's lines, for the code frame. */
export function withSourceLine(problem: Problem, lines: readonly string[]): Problem {
  const sourceLine = lines[problem.place.line - 1];
  return sourceLine === undefined ? problem : { ...problem, sourceLine };
}

/** Problems in the order of their places: file, line, column. */
export function byPlace(a: Problem, b: Problem): number {
  return inCodeUnitOrder(a.place.file, b.place.file) || a.place.line - b.place.line || a.place.col - b.place.col;
}

/**
 * Problems with each named once: decks that share a template each meet its mistakes, and a line of
 * parts.tsx is met by every kind of slide. `sameBy` says which are the same (default: place and message).
 */
export function namedOnce(problems: readonly Problem[], sameBy = (p: Problem) => `${p.place.file}:${p.place.line}:${p.place.col} ${p.message}`): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = sameBy(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A filter that lets each text through the first time only: a template's or a theme's warning is the same for every deck that uses it. */
export function firstTime(): (text: string) => boolean {
  const seen = new Set<string>();
  return (text) => {
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  };
}

/** `file:line:col: message` then the hint, then the offending line with a caret under the column. */
export function formatProblem(problem: Problem): string {
  const { file, line, col } = problem.place;
  const at = line > 0 ? `${file}:${line}:${col}` : file;
  const lines = [`${at}: ${problem.message}`, `  → ${problem.hint}`];
  if (problem.sourceLine !== undefined && line > 0) {
    const gutter = `${line} | `;
    // A control character shown as itself rang the terminal's bell or coloured what followed
    // (ESC); a tab is kept, and copied under itself, so that the terminal moves the caret as far.
    const { shown, before } = excerpt(problem.sourceLine.replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/gu, '?'), col);
    lines.push(`  ${gutter}${shown}`);
    lines.push(`  ${' '.repeat(gutter.length)}${Array.from(before, (ch) => (ch === '\t' ? '\t' : ' '.repeat(displayWidth(ch)))).join('')}^`);
  }
  return lines.join('\n');
}

/** Terminal columns a shown source line may take: with the gutter, within an 80-column terminal. */
const FRAME_WIDTH = 72;

/**
 * The part of a source line to show, with `before`, what is shown left of column `col`. A long
 * line (a bullet of 100 syllables takes 200 columns) wrapped in the terminal and left the caret
 * under some other character: it is cut around the column, with "..." where it is cut. (ASCII
 * dots: a terminal set for East Asian text may draw "…" two columns wide.)
 */
function excerpt(sourceLine: string, col: number): { shown: string; before: string } {
  const chars = Array.from(sourceLine);
  const caret = Math.min(Math.max(col - 1, 0), chars.length);
  if (displayWidth(sourceLine) <= FRAME_WIDTH) return { shown: sourceLine, before: chars.slice(0, caret).join('') };
  // Keep the line's start when the column is near it; else a third of the width before the column.
  let start = 0;
  if (displayWidth(chars.slice(0, caret).join('')) > FRAME_WIDTH * 2 / 3) {
    start = caret;
    while (start > 0 && displayWidth(chars.slice(start - 1, caret).join('')) <= FRAME_WIDTH / 3) start--;
  }
  const fits = (from: number, to: number) => displayWidth(chars.slice(from, to).join('')) <= FRAME_WIDTH - 6;
  let end = start;
  while (end < chars.length && fits(start, end + 1)) end++;
  // Near the line's end, the room left over shows more of what comes before the column.
  while (start > 0 && fits(start - 1, end)) start--;
  const lead = start > 0 ? '...' : '';
  const tail = end < chars.length ? '...' : '';
  return { shown: lead + chars.slice(start, end).join('') + tail, before: lead + chars.slice(start, caret).join('') };
}

/** Terminal columns of a string: Hangul and other wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0x1f300 && cp <= 0x1faff);
    width += wide ? 2 : 1;
  }
  return width;
}

/** "1 line", "3 lines": a count in a message, with its noun. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A text in a message, in quotes and cut short when long: the source line under the message has all of it. */
export function quote(text: string, most = 24): string {
  // A text written over several lines (a YAML block, "\n") on one line: a message's line broke there.
  const chars = Array.from(text.replace(/[^\S\r\n]*[\r\n]+\s*/g, ' '));
  const shown = chars.length > most ? `${chars.slice(0, most - 1).join('')}…` : chars.join('');
  // A title in quotes of its own ('"은상씨의 우리가게 고민상담소" 운영') read ""은상씨의…".
  if (!text.includes('"')) return `"${shown}"`;
  return text.includes("'") ? `“${shown}”` : `'${shown}'`;
}
