/**
 * A value where a text belongs that YAML read as something else, and the reverse. The usual
 * ones in a bullet: `- 기간: 2024. 1. ~ 12.` (a ": " makes it a key and its value), a `-` with
 * nothing after it, and `~` or `null` alone (YAML's words for "no value"); where a list belongs,
 * a list pasted with its own markers (`🔹 …`). Each is named as what the author wrote.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Problem, SourcePlace } from '../errors.ts';
import { withoutSpacedDash } from './listIndent.ts';
import type { Shape } from './schema.ts';
import { quotedWhole } from './specialStart.ts';

/** `source` is the value as written in the file. */
export function notTextProblem(node: Node, source: string, place: SourcePlace, name: string, emptyHint: string): Problem {
  const quoted = quotedWhole(source);
  if (isMap(node) && node.items.length === 1 && !source.includes('\n') && node.items.every((pair) => isScalar(pair.key) && (pair.value === null || isScalar(pair.value)))) {
    const message = source.endsWith(':') ? `the ":" at the end of ${name} makes YAML read it as a key, not as a text` : `the ": " in ${name} makes YAML read it as a key and its value, not as a text`;
    // ‘…’ or “…” around it: meant as quotes, but a word processor's (or a phone's) curly ones.
    const curly = /^(‘(?<single>.*)’|“(?<double>.*)”)$/u.exec(source)?.groups;
    const inside = curly?.['single'] ?? curly?.['double'];
    if (inside !== undefined) {
      return { place, message: `${message}: its ${source[0]} ${source.at(-1)} are typographic quotes (a word processor's or a phone's), which YAML reads as text, not as quotes`, hint: `Write it in straight quotes: ${quotedWhole(inside)} (or ${quoted} to draw the curly ones too)` };
    }
    return { place, message, hint: `Put the whole text in quotes: ${quoted}` };
  }
  // `- 세부 내용:` with "- " items under it: a list inside a bullet, which the format does not have.
  const [pair] = isMap(node) ? node.items : [];
  if (isMap(node) && node.items.length === 1 && isScalar(pair?.key) && isSeq(pair?.value)) {
    return { place, message: `${name} has a list of its own under it, but it can hold only a text: the format has no lists inside lists`, hint: 'Line the "-" of each item up with this one\'s to make them items of their own, or write them into this text.' };
  }
  // `- - 대시`: a dash that starts the text makes it a list of one item.
  if (isSeq(node) && node.items.length === 1 && isScalar(node.items[0]) && !source.includes('\n')) {
    return { place, message: `${name} starts with "- ", which YAML reads as a list inside it, not as a text: the format has no lists inside lists`, hint: `If the dash belongs to the text, put the whole text in quotes: ${quoted}` };
  }
  if (isScalar(node) && node.value === null) {
    return source === ''
      ? { place, message: `${name} is empty`, hint: emptyHint }
      : { place, message: `${name} is "${source}", which YAML reads as no value at all`, hint: `To draw it as written, put it in quotes: ${quoted}` };
  }
  return { place, message: `${name} must be a text, but it is ${kindOf(node)}`, hint: 'Write the text on the same line after the key; put it in quotes if it contains ": " or starts with a quote.' };
}

/** What YAML read where a text, list or map belongs, as messages name it. */
export function kindOf(node: Node): string {
  if (isMap(node)) return 'a map of keys';
  if (isSeq(node)) return 'a list';
  if (isScalar(node) && node.value === null) return 'empty';
  return 'a text';
}

/**
 * What to do when a map's key holds something else: `closing: 감사합니다`, a text where its one
 * list (`lines`) belongs, is shown the way it is written; otherwise the keys it may have.
 */
export function notMapHint(shape: Extract<Shape, { kind: 'map' }>, node: Node, path: string): string {
  const keys = Object.entries(shape.keys);
  const [only] = keys;
  const own = path.split('.').at(-1) ?? '';
  if (keys.length === 1 && only !== undefined && only[1].shape.kind === 'list' && !/^\d+$/.test(own)) {
    // `closing: ''`: meant as none, which leaving the key out says.
    if (isScalar(node) && String(node.value ?? '').trim() === '') return `For no ${own}, leave "${own}:" out; otherwise write "${own}:" on a line of its own, "${only[0]}:" under it, and each item under that starting with "- ".`;
    if (isScalar(node)) return `Write "${own}:" on a line of its own, "${only[0]}:" under it, and each item under that starting with "- ": - ${String(node.value)}`;
    // `closing:` over "- " items: the key of the list between them left out.
    if (isSeq(node)) return `Write "${only[0]}:" under "${own}:", and the items under it, indented: the list belongs to "${only[0]}".`;
  }
  const names = keys.map(([key]) => key).join(', ');
  // `cover:` with nothing under it: left out, the cover is made without it.
  if (isScalar(node) && String(node.value ?? '').trim() === '' && shape.leftOut !== undefined) {
    return `For ${shape.leftOut}, leave "${own}:" out; otherwise write its keys under it, indented: ${names}.`;
  }
  return `Allowed keys here: ${names}.`;
}

/**
 * What to do when a list's key holds something else (`source`: as written): `bullets: |` over
 * "- " lines (the "|" made them one text), a first item without its "- ", a list pasted with its
 * own markers, or a text.
 */
export function notListHint(node: Node, source: string, shape: Extract<Shape, { kind: 'list' }>): string {
  const block = isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') ? (node.type === 'BLOCK_LITERAL' ? '|' : '>') : undefined;
  const text = isScalar(node) ? String(node.value) : '';
  if (block !== undefined && /^\s*- /m.test(text)) {
    return `Take out the "${block}" after the key: with it, YAML reads the "- " lines below as one text.`;
  }
  // `bullets: |` over lines without "- ": each line was meant as an item.
  const firstLine = text.split('\n').find((line) => line.trim() !== '')?.trim();
  if (block !== undefined && firstLine !== undefined) {
    return `Take out the "${block}" after the key, and start each ${shape.itemName} on its own line with "- ": - ${firstLine}`;
  }
  // Sections written as a map with each heading as a key (`추진 배경:` over its bullets).
  const [heading] = isMap(node) ? node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')) : [];
  if (shape.itemName === 'section' && heading !== undefined && heading !== '' && heading !== 'heading') {
    return `Write each section as a "- " item with its heading after "heading:", and its bullets under "bullets:": - heading: ${heading}`;
  }
  const plain = isScalar(node) && node.type === 'PLAIN';
  // The first item written without its "- ": YAML folds it and the "- " lines below into one text.
  const [first = '', ...rest] = source.split('\n').map((line) => line.trim());
  if (plain && rest.some((line) => line.startsWith('- '))) {
    const dashed = withoutSpacedDash(first);
    if (dashed !== undefined) return `The first ${shape.itemName} has no space after its "-", so YAML reads it and the "- " lines below it as one text: write - ${dashed}`;
    return `The first ${shape.itemName} has no "- " before it, so YAML reads it and the "- " lines below it as one text: write - ${first}`;
  }
  const marked = plain ? markedLines(source) : undefined;
  if (marked === undefined) return `${shape.hint} Add at least one ${shape.itemName}.`;
  const drawn = shape.itemName === 'bullet' && !/[\p{L}\p{N}]/u.test(marked.marker) ? ' (the theme draws its own marker)' : '';
  return `Start each ${shape.itemName} with "- " instead of "${marked.marker}"${drawn}: - ${marked.first}`;
}

/**
 * Lines that each start with the same marker and a space (`🔹 …`, `• …`, `1. …` numbered alike):
 * a list pasted from a post or a document, which YAML reads as one text. The marker, and the
 * first line's text after it.
 */
function markedLines(text: string): { marker: string; first: string } | undefined {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  // Numbers (1. 2.) and Korean reports' 가. 나. count up; ㅇ and ㅁ stand for ○ and □ there.
  const markers = lines.map((line) => /^(\d+[.)]|[가-힣][.)]|ㅇ|ㅁ|[^\p{L}\p{N}\s]+)\s+(\S.*)$/u.exec(line));
  const [head] = markers;
  if (head === undefined || head === null || markers.some((m) => m === null || (m[1] !== head[1] && !/^(\d|[가-힣][.)])/.test(m[1] ?? '')))) return undefined;
  return { marker: head[1] ?? '', first: head[2] ?? '' };
}
