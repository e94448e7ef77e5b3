/**
 * A character typed into a line's indentation (`'      - 내용`, `  !    bullets:`), as a key
 * pressed with the cursor at the start of the line leaves it: YAML reads the whole line as a
 * text that starts with it, and its words ("must be in quotes", "not lined up") sent the author
 * to quote or move a line that only needed the character taken out.
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
export function withoutStray(text: string): string {
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
