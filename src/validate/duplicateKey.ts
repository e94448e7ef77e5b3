/**
 * A key written twice in one map, said as what the author did. YAML keeps one of the two, so
 * "keep one of them" was wrong advice for the usual causes: a second "bullets:" over more
 * bullets (keeping one loses the other's items), and a case or section begun without its "- "
 * (its "title:" lined up under the case above: keeping one loses a whole case).
 */
import { isMap, isScalar, isSeq, type Pair, type ParsedNode } from 'yaml';
import { describePath } from '../deck.ts';
import type { Problem } from '../errors.ts';
import type { ParsedDeckFile } from '../load/readDeckFile.ts';
import { deckShape, type Shape } from './schema.ts';

interface Found {
  key: string;
  /** The path of the map the key is in, as validateDeck writes paths (`cases.0.sections.1`). */
  path: string;
  first: Pair<ParsedNode, ParsedNode | null>;
  again: Pair<ParsedNode, ParsedNode | null>;
  /** Both pairs' map, and whether it is an item of a list. */
  map: ParsedNode;
  item: boolean;
}

/** The problem of the key at `offset`, and the lines the same slip makes YAML reject too. */
export function duplicateKeyProblem(parsed: ParsedDeckFile, offset: number): { problem: Problem; lines: number[] } | undefined {
  const found = parsed.doc.contents === null ? undefined : findAgain(parsed.doc.contents, offset, '', false);
  if (found === undefined) return undefined;
  const { key, path, first, again, map, item } = found;
  const placeAt = (at: number) => ({ file: parsed.file, ...parsed.lineCounter.linePos(at) });
  const firstLine = placeAt(first.key.range?.[0] ?? offset).line;
  const place = placeAt(offset);
  const sourceLine = parsed.lines[place.line - 1];
  const where = path === '' ? 'at the top of the deck' : `in ${describePath(path)}`;
  const message = `"${key}" is written twice ${where} (first at line ${firstLine}), and YAML keeps only one of the two`;
  // The key an item begins with, or the text every item of its list must have (a case's title,
  // a section's heading: a case begun with its title after one with an award), again: another
  // item, begun without its "- ".
  const list = item ? shapeAt(path.slice(0, Math.max(0, path.lastIndexOf('.')))) : undefined;
  const named = list?.kind === 'list' && list.of.kind === 'map' ? Object.entries(list.of.keys).find(([, spec]) => spec.required && spec.shape.kind === 'text')?.[0] : undefined;
  if (item && ((isMap(map) && map.items[0] === first) || key === named)) {
    const text = sourceLine ?? '';
    const indent = place.col - 1;
    const itemName = list?.kind === 'list' ? list.itemName : 'item';
    const written = indent >= 2 ? `${text.slice(0, indent - 2)}- ${text.slice(indent)}` : undefined;
    const hint = `If it begins another ${itemName}, put "- " before "${key}"${written === undefined ? '' : `, in place of two of the spaces before it (${written.trim()})`}, as on line ${placeAt(map.range?.[0] ?? offset).line}; otherwise keep one of the two lines and delete the other.`;
    // What follows in the same map repeats its keys because of the same slip.
    const end = placeAt(Math.max(offset, (map.range?.[1] ?? offset) - 1)).line;
    return { problem: { place, message: `${message}: it looks like another ${itemName} without its "- "`, hint, sourceLine }, lines: Array.from({ length: end - place.line + 1 }, (_, i) => place.line + i) };
  }
  const kind = isSeq(first.value) && isSeq(again.value) ? 'list' : isMap(first.value) && isMap(again.value) ? 'map' : undefined;
  if (kind === undefined) return { problem: { place, message, hint: 'Keep the one you mean and delete the other.', sourceLine }, lines: [place.line] };
  // Written in brackets, the second's items go into the first's brackets, not under its key.
  const flow = (pair: Pair<ParsedNode, ParsedNode | null>) => (isSeq(pair.value) || isMap(pair.value)) && pair.value.flow === true;
  const between = parsed.text.slice(first.value?.range?.[1] ?? offset, offset);
  const adjacent = kind === 'list' && !flow(first) && !flow(again) && between.split('\n').every((line) => /^\s*(#.*)?$/.test(line));
  const hint = adjacent
    ? `Delete this line: its items then follow those under the first "${key}:" (line ${firstLine}), as one list.`
    : flow(first) || flow(again)
      ? `Put what this "${key}" holds into the first one (line ${firstLine}), and delete this one.`
      : `Move what is under this "${key}:" under the first one (line ${firstLine}), and delete this line.`;
  return { problem: { place, message, hint, sourceLine }, lines: [place.line] };
}

function findAgain(node: ParsedNode, offset: number, path: string, item: boolean): Found | undefined {
  if (isSeq(node)) {
    for (const [index, child] of node.items.entries()) {
      const found = findAgain(child, offset, path === '' ? String(index) : `${path}.${index}`, true);
      if (found !== undefined) return found;
    }
  }
  if (!isMap(node)) return undefined;
  for (const [index, pair] of node.items.entries()) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key !== undefined && pair.key.range[0] === offset) {
      const first = node.items.slice(0, index).find((other) => isScalar(other.key) && String(other.key.value) === key);
      if (first !== undefined) return { key, path, first, again: pair, map: node, item };
    }
    if (pair.value !== null) {
      const found = findAgain(pair.value, offset, path === '' ? (key ?? '') : `${path}.${key ?? ''}`, false);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The deck's schema at a path as validateDeck writes it (`cases.0.sections`), if the path is one of it. */
function shapeAt(path: string): Shape | undefined {
  let shape: Shape | undefined = deckShape;
  for (const part of path === '' ? [] : path.split('.')) shape = shape?.kind === 'map' ? shape.keys[part]?.shape : shape?.kind === 'list' ? shape.of : undefined;
  return shape;
}
