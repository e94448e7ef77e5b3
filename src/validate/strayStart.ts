/**
 * What was typed at a line's start by mistake. Mostly a character typed into a line's indentation
 * (`'      - 내용`, `  !    bullets:`), as a key pressed with the cursor at the start of the line
 * leaves it: YAML reads the whole line as a text that starts with it, and its words ("must be
 * in quotes", "not lined up") sent the author to quote or move a line that only needed the
 * character taken out. Also a "- " typed twice, and spaces before the deck's first key.
 */
import type { Problem } from '../errors.ts';
import { indent } from './listIndent.ts';

/** How far above and below a line to look for one lined up with it. */
const NEAR = 6;

/**
 * A line's indentation, a stray character or two, the spaces after it, and the item or key it
 * holds; or, with no space after it, a bracket or comma, which a key or item cannot start with
 * (`]bullets:`: YAML reported every token after it as "unexpected in YAML stream").
 */
const STRAY = /^(\s*)(?:([^\s#-]{1,2})(\s+)|([\]},[{]))(- |[A-Za-z_][\w-]*:(?:\s|$))/u;

/** The line as it was before the character was typed into it (the character taken out). */
function withoutStray(text: string): string {
  return text.replace(STRAY, (_, lead: string, _stray?: string, gap?: string, _stuck?: string, rest?: string) => `${lead}${gap ?? ''}${rest ?? ''}`);
}

export function strayStartProblem(file: string, line: number, lines: readonly string[]): Problem | undefined {
  const text = lines[line - 1] ?? '';
  const match = STRAY.exec(text);
  if (match === null) return undefined;
  const [, lead = '', spaced, spacedGap = '', stuck] = match;
  // An opening bracket that the line closes starts a list or map written in brackets.
  if ((stuck === '[' && text.includes(']')) || (stuck === '{' && text.includes('}'))) return undefined;
  const stray = spaced ?? stuck ?? '';
  const gap = spaced !== undefined ? spacedGap : '';
  // Without the character (typed in, with a space after it, or over a space), the line would
  // start where lines near it do.
  const columns = [lead.length + gap.length, lead.length + gap.length - 1, lead.length + Array.from(stray).length + gap.length];
  const near = lines.slice(Math.max(0, line - 1 - NEAR), line + NEAR).filter((other) => other !== text && other.trim() !== '');
  if (!near.some((other) => columns.includes(indent(other)))) return undefined;
  return {
    place: { file, line, col: lead.length + 1 },
    message: stuck !== undefined
      ? `this line has "${stray}" typed before its ${match[5]?.startsWith('-') === true ? '"-"' : `"${match[5]?.trim() ?? ''}"`}: YAML reads it as ${stray === ',' ? 'a comma between the items of a list in brackets' : '[{'.includes(stray) ? 'the start of a list or map in brackets, never closed' : 'the end of a bracket never opened'}, and cannot read the lines after it`
      : `this line has "${stray}" in its indentation: YAML reads the line as starting there, not lined up with the lines around it`,
    hint: `Delete that "${stray}".`,
    sourceLine: text,
  };
}

/**
 * What was typed at a line's start by mistake, with the line as it was before: a stray character
 * (above), a "- " typed twice before a key (`- - heading:`: YAML read a list inside the list, and
 * rejected the key below it), or spaces before the deck's first key when the keys after it start
 * in the first column (YAML took that column for the deck's, and rejected every key after it).
 */
export function typedAtStart(file: string, line: number, lines: readonly string[]): { problem: Problem; mended: string } | undefined {
  const text = lines[line - 1] ?? '';
  const stray = strayStartProblem(file, line, lines);
  if (stray !== undefined) return { problem: stray, mended: withoutStray(text) };
  const twice = /^(\s*)- +- +([A-Za-z_][\w-]*):/.exec(text);
  if (twice !== null) {
    return {
      problem: { place: { file, line, col: (twice[1]?.length ?? 0) + 1 }, message: `this line has "- " twice before "${twice[2] ?? ''}:": YAML reads a list inside the list, and cannot read the keys below it`, hint: 'Delete one "- ".', sourceLine: text },
      mended: text.replace(/- +(?=- )/, ''),
    };
  }
  const first = lines.findIndex((other) => other.trim() !== '' && !other.trim().startsWith('#'));
  const key = /^(\s+)([A-Za-z_][\w-]*):/.exec(text);
  if (first === line - 1 && key !== null && lines.some((other, i) => i > first && /^[A-Za-z_][\w-]*:/.test(other))) {
    return {
      problem: { place: { file, line, col: 1 }, message: `the deck's first key "${key[2] ?? ''}" is indented, and the keys after it are not: YAML takes its column for the deck's, and cannot read the keys after it`, hint: `Start "${key[2] ?? ''}:" in column 1, as the keys after it.`, sourceLine: text },
      mended: text.trimStart(),
    };
  }
  return undefined;
}
