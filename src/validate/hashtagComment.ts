/**
 * A hashtag after a text (`- 은평구 소식 #은평구 #적극행정`): YAML reads " #" as the start of a
 * comment, so the text was drawn without its hashtags, without a word. A comment written as one
 * (`# 메모`, with a space after the "#") is left alone: the README's own example has them.
 */
import type { Problem } from '../errors.ts';
import { quotedWhole } from './specialStart.ts';

/**
 * For a plain text ending at `end` (an offset in `text`, the deck's source): the problem when
 * what follows it on its line is a comment that starts like a hashtag, with where it starts.
 */
export function hashtagCommentProblem(text: string, start: number, end: number, name: string): { offset: number; problem: Omit<Problem, 'place'> } | undefined {
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  const tag = /^([ \t]+)#[^\s#]/.exec(rest);
  if (tag === null) return undefined;
  const written = text.slice(start, end) + rest.trimEnd();
  const dropped = rest.trim();
  return {
    offset: end + (tag[1]?.length ?? 0),
    problem: {
      message: `YAML reads "${dropped}" after ${name} as a comment (a note that is not drawn), so the slide would show the text without it`,
      hint: `To keep it, put the whole text in quotes: ${quotedWhole(written)}. If it is a note, put a space after the "#".`,
    },
  };
}
