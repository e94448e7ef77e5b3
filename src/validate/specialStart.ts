/**
 * Text that starts with a character YAML reads as syntax is common in public-office writing —
 * `* 출처: 통계청` (an alias to YAML), `# 해시태그` (a comment), `[공지] 안내` (a list), `@은평구`,
 * `% 증가` (reserved), `&`, `!`, `|`, `>`, `? ` — and YAML's own words for it ("Alias cannot be
 * an empty string") do not help, when it says anything: `! 중요` is "중요" to YAML (a tag and its
 * text) and `? 문의` a key. Find such a value on its line and say how to quote it.
 */
import type { Problem, SourcePlace } from '../errors.ts';
import { blank, lineAbove } from './listIndent.ts';

// A "?" is syntax only before a space (`?물음` is text).
const SPECIAL = /^(?:[*&!|>%@`#[{]|\?(?:\s|$))/;

/** Keys whose values are lists or maps: a `[` or `{` there is YAML, not text. */
const CONTAINERS = new Set(['cases', 'sections', 'bullets', 'lines', 'fonts', 'cover', 'closing']);

/** A deck line split into what leads to its value (list dashes, a key) and the value itself. */
function valueOn(line: string): { lead: string; key: string | undefined; value: string } {
  const lead = /^\s*(?:-\s+)*(?:([A-Za-z_][\w-]*):\s+)?/.exec(line);
  return { lead: lead?.[0] ?? '', key: lead?.[1], value: line.slice(lead?.[0].length ?? 0).trimEnd() };
}

/** A value without a comment written after it (` # 메모`). */
const withoutComment = (value: string) => value.replace(/\s+#\s.*$/, '');

/**
 * A text in the quotes that keep it as written, for a hint to show: single quotes, double ones
 * around a text that has single quotes, or single ones with its own doubled when it has both.
 */
export function quotedWhole(text: string): string {
  if (!text.includes("'")) return `'${text}'`;
  return text.includes('"') ? `'${text.replaceAll("'", "''")}'` : `"${text}"`;
}

/**
 * The value of a deck line written again in quotes, as it would stand on its line: `title:
 * '사업명: 부제'`, `- '기간: 1월'`; undefined when the line has no value.
 */
export function requoted(line: string): string | undefined {
  const { key, value } = valueOn(line);
  const text = withoutComment(value);
  if (text === '') return undefined;
  return `${key === undefined ? '-' : `${key}:`} ${quotedWhole(text)}`;
}

/** The value on a deck line (after list dashes and a key), when it starts with such a character. */
function specialStart(line: string): { col: number; text: string } | undefined {
  const { lead, key, value } = valueOn(line);
  if (CONTAINERS.has(key ?? '') || !SPECIAL.test(value)) return undefined;
  return { col: Array.from(lead).length + 1, text: value };
}

/** The problem for such a value on `line` (1-based) of `file`, or undefined when it has none. */
export function specialStartProblem(file: string, line: number, sourceLine: string | undefined): Problem | undefined {
  const found = sourceLine === undefined ? undefined : specialStart(sourceLine);
  if (found === undefined) return undefined;
  const place: SourcePlace = { file, line, col: found.col };
  return {
    place,
    message: `a text that starts with "${found.text[0] ?? ''}" must be in quotes: YAML reads that character as part of its own syntax`,
    hint: `Put the whole text in quotes: ${quotedWhole(found.text)}`,
    sourceLine,
  };
}

/**
 * A list written with "* " for "- " (as in Markdown), under a key that opens a list or after
 * another such line: YAML reads the "*" as an alias, and the advice to quote the text would
 * make the list one text.
 */
export function starItemProblem(file: string, line: number, lines: readonly string[]): Problem | undefined {
  const sourceLine = lines[line - 1] ?? '';
  const star = /^(\s*)\*\s+(\S.*?)\s*$/.exec(sourceLine);
  if (star === null) return undefined;
  const previous = lines[lineAbove(lines, line)] ?? '';
  if (!/:\s*(#.*)?$/.test(previous) && !/^\s*\*\s/.test(previous)) return undefined;
  // YAML stops at the first: the others of the list are named with it.
  const others: number[] = [];
  for (let i = line; i < lines.length; i++) {
    const text = lines[i] ?? '';
    if (blank(text)) continue;
    if (!text.startsWith(`${star[1] ?? ''}* `)) break;
    others.push(i + 1);
  }
  return {
    place: { file, line, col: (star[1]?.length ?? 0) + 1 },
    message: 'this line starts with "* ", but in YAML an item of a list starts with "- "',
    hint: `Write "- ${star[2] ?? ''}"${others.length === 0 ? '' : `, and "- " for "* " on line${others.length > 1 ? 's' : ''} ${others.join(', ')}`}.`,
    sourceLine,
  };
}

/**
 * Quotes inside a quoted text (`'은상씨의 '우리가게' 운영'`): the inner quote ends the text, and
 * YAML cannot read what follows ("Unexpected scalar at node end"). The text quoted so that it
 * keeps its inner quotes: with the other kind of quote, or with the single quotes doubled.
 */
export function nestedQuoteProblem(file: string, line: number, sourceLine: string | undefined): Problem | undefined {
  const { lead, value } = valueOn(sourceLine ?? '');
  const text = withoutComment(value);
  const quote = text[0];
  if ((quote !== "'" && quote !== '"') || text.length < 3 || !text.endsWith(quote)) return undefined;
  const inner = text.slice(1, -1);
  // Not a quote written as YAML keeps it inside (two single quotes, or \" in double quotes).
  const end = inner.search(quote === "'" ? /(?<!')'(?!')/ : /(?<!\\)"/);
  if (end < 0) return undefined;
  const doubled = `'${inner.replaceAll("'", "''")}'`;
  const quoted = quotedWhole(inner);
  return {
    place: { file, line, col: Array.from(lead).length + 1 + Array.from(inner.slice(0, end)).length + 1 },
    message: `this ${quote} ends the text that the ${quote} before it opened, so YAML cannot read the rest of the line`,
    hint: `To keep the quotes inside the text, write ${quoted}${quoted !== doubled ? ` (or, in single quotes, each inner ' twice: ${doubled})` : ''}.`,
    sourceLine: sourceLine ?? '',
  };
}

/**
 * A text that starts with a quoted part (`title: "은상씨의 우리가게 고민상담소" 운영`, the blog's
 * own title): YAML takes the quoted part for the whole text and cannot read the rest ("Unexpected
 * scalar at node end"). The whole text, quoted.
 */
export function quotedStartProblem(file: string, line: number, sourceLine: string | undefined): Problem | undefined {
  const { lead, value } = valueOn(sourceLine ?? '');
  const text = withoutComment(value);
  const close = /^'(?:[^']|'')*'|^"(?:[^"\\]|\\.)*"/.exec(text);
  if (close === null || text.slice(close[0].length).trim() === '') return undefined;
  return {
    place: { file, line, col: Array.from(lead).length + 1 },
    message: `this text starts with a quote mark, so YAML takes ${close[0]} for the whole text and cannot read what follows it`,
    hint: `Put the whole text in quotes: ${quotedWhole(text)}`,
    sourceLine: sourceLine ?? '',
  };
}
