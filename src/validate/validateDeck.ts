/**
 * Validate a parsed deck file against the schema and turn it into a typed `Deck`. Every
 * mistake of the file is collected (not just the first) so the user can fix them in one go.
 */
import { isAlias, isMap, isScalar, isSeq, visit, type ParsedNode } from 'yaml';
import { describePath, type Deck, type DeckSource } from '../deck.ts';
import { UserError, withSourceLine, type Problem, type SourcePlace } from '../errors.ts';
import type { ParsedDeckFile } from '../load/readDeckFile.ts';
import { drawnText, ZERO_WIDTH } from './drawnText.ts';
import { foldedItemProblem } from './listIndent.ts';
import { hashtagCommentProblem } from './hashtagComment.ts';
import { kindOf, notListHint, notMapHint, notTextProblem } from './notText.ts';
import { oddIndentProblems } from './oddIndent.ts';
import { quotedWhole, specialStartProblem } from './specialStart.ts';
import { placeAtOffset, syntaxProblems } from './syntaxErrors.ts';
import { strayStartProblem } from './strayStart.ts';
import { unknownKey } from './unknownKey.ts';
import { deckShape, type Shape } from './schema.ts';

type Plain = string | Plain[] | { [key: string]: Plain };

interface Walk {
  parsed: ParsedDeckFile;
  problems: Problem[];
  places: Map<string, SourcePlace>;
  /** Anchor names that an alias (`*name`) uses: a value marked with any other was meant as text. */
  aliases: Set<string>;
}

export function validateDeck(parsed: ParsedDeckFile): Deck {
  const problems: Problem[] = [];
  const aliases = new Set<string>();
  visit(parsed.doc, { Alias: (_, alias) => void aliases.add(alias.source) });
  const walk: Walk = { parsed, problems, places: new Map(), aliases };
  const tabs = parsed.doc.errors.filter((error) => error.code === 'TAB_AS_INDENT').map((error) => placeAtOffset(parsed, error.pos[0]).line);
  const oddIndent = oddIndentProblems(parsed, tabs);
  if (oddIndent !== undefined) throw new UserError(oddIndent);
  problems.push(...syntaxProblems(parsed));
  // A file with syntax errors has no reliable structure: report those first and alone.
  if (problems.length > 0) throw new UserError(sortProblems(problems));

  const root = parsed.doc.contents;
  let value: Plain | undefined;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    report(walk, placeAtOffset(parsed, 0), 'the deck file is empty', 'Start with "title: …" and a "cases:" list; see the deck format in the README.');
  } else {
    value = check(walk, root, deckShape, '');
  }
  if (problems.length > 0 || value === undefined) throw new UserError(sortProblems(problems));
  walk.places.set('', { file: parsed.file, line: 1, col: 1 });
  const source: DeckSource = { file: parsed.file, lines: parsed.lines, places: walk.places };
  return toDeck(parsed.id, value, source);
}

function check(walk: Walk, at: ParsedNode, shape: Shape, path: string): Plain | undefined {
  const place = placeOfNode(walk.parsed, at);
  walk.places.set(path, place);
  const name = nameOf(path);
  // An alias (*name) stands for the value its anchor (&name) marks; messages point at the alias.
  const node = isAlias(at) ? (at.resolve(walk.parsed.doc) as ParsedNode | undefined) : at;
  // `# 해시태그` or `&참고` meant as text reads as a comment, or an anchor (an empty value).
  // …unless it was typed into the line's indentation, by a slip (strayStart.ts).
  const special = () => strayStartProblem(place.file, place.line, walk.parsed.lines) ?? specialStartProblem(place.file, place.line, walk.parsed.lines[place.line - 1]);
  if (node === undefined) {
    const alias = isAlias(at) ? at.source : '';
    report(walk, place, `${name} refers to an anchor that is not defined above it`, `To repeat a value, mark it first with &${alias}; if you meant the text "*${alias}", put it in quotes: '*${alias}'.`);
    return undefined;
  }
  if (shape.kind === 'text') {
    // A bullet's line, or a key's (`title:` with nothing after it was told to write after "- ").
    const item = /\.\d+$/.test(path);
    const emptyHint = item
      ? 'Write its text after the "- ", or remove the line.'
      : `Write the text after the key, or remove the key if it is optional${shape.emptyIsNone === true ? " (or write '' for none)" : ''}.`;
    if (!isScalar(node) || node.value === null || typeof node.value === 'object') {
      walk.problems.push(special() ?? withLine(walk.parsed, notTextProblem(node, sourceText(walk.parsed, node), place, name, emptyHint)));
      return undefined;
    }
    // Numbers and dates keep exactly what was typed ("2024.10" must not become 2024.1).
    const raw = typeof node.value === 'string' ? node.value : sourceText(walk.parsed, node);
    if (raw.trim() === '') {
      if (shape.emptyIsNone === true && raw === '' && (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE')) return '';
      report(walk, place, `${name} is empty`, item ? 'Write its text between the quotes, or remove the line.' : emptyHint);
      return undefined;
    }
    // `! 중요` and `&참고 자료`: YAML takes "!" for a tag and "&" for an anchor, and leaves them
    // out of the text. (`!!str` is YAML's own tag; an anchor an alias repeats was meant.)
    const tag = node.tag !== undefined && !node.tag.startsWith('tag:yaml.org,2002:') ? node.tag : undefined;
    const anchor = isScalar(at) && at.anchor !== undefined && !walk.aliases.has(at.anchor) ? `&${at.anchor}` : undefined;
    const mark = tag ?? anchor;
    if (mark !== undefined) {
      walk.problems.push(special() ?? withLine(walk.parsed, { place, message: `YAML reads "${mark}" before ${name} as its own syntax, and leaves it out of the text`, hint: `To draw it, put the whole text in quotes: ${quotedWhole(`${mark} ${raw}`)}` }));
      return undefined;
    }
    const hashtag = node.type === 'PLAIN' ? hashtagCommentProblem(walk.parsed.text, node.range[0], node.range[1], name) : undefined;
    if (hashtag !== undefined) {
      report(walk, placeAtOffset(walk.parsed, hashtag.offset), hashtag.problem.message, hashtag.problem.hint);
      return undefined;
    }
    const folded = node.type === 'PLAIN' ? foldedItemProblem(place.file, placeAtOffset(walk.parsed, node.range[0]).line, walk.parsed.text.slice(node.range[0], node.range[1]), walk.parsed.lines) : undefined;
    if (folded !== undefined) {
      walk.problems.push(folded);
      return undefined;
    }
    return raw;
  }
  if (shape.kind === 'list') {
    if (!isSeq(node)) {
      const empty = isScalar(node) && node.value === null;
      report(walk, place, empty ? `${name} is empty` : `${name} must be a list, but it is ${kindOf(node)}`, notListHint(node, sourceText(walk.parsed, node), shape));
      return undefined;
    }
    if (node.items.length === 0) {
      report(walk, place, `${name} is empty`, `Add at least one ${shape.itemName}. ${shape.hint}`);
      return undefined;
    }
    const items: Plain[] = [];
    node.items.forEach((item, index) => {
      const itemPath = `${path}.${index}`;
      // `- 첫 번째 내용` where a section (or a case) goes: a text, where keys were needed.
      if (shape.of.kind === 'map' && isScalar(item) && typeof item.value === 'string') {
        const needs = Object.entries(shape.of.keys).filter(([, spec]) => spec.required).map(([key]) => `"${key}"`);
        const bullet = shape.itemName === 'section' ? ` If "${item.value}" is a bullet, write it under a section's "bullets:".` : '';
        report(walk, placeOfNode(walk.parsed, item as ParsedNode), `${nameOf(itemPath)} is only a text ("${item.value}"), but a ${shape.itemName} needs its ${needs.join(' and ')}`, `${shape.hint}${bullet}`);
        return;
      }
      const itemValue = check(walk, item as ParsedNode, shape.of, itemPath);
      if (itemValue !== undefined) items.push(itemValue);
    });
    return items.length === node.items.length ? items : undefined;
  }
  if (!isMap(node)) {
    report(walk, place, `${name} must be a map of keys, but it is ${kindOf(node)}`, notMapHint(shape, node, path));
    return undefined;
  }
  const result: Record<string, Plain> = {};
  let complete = true;
  const seen = new Set<string>();
  // A key named wrongly is reported once, as unknown, not again as missing.
  const guessed = new Set<string>();
  for (const pair of node.items) {
    const keyNode = pair.key as ParsedNode | null;
    const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : '';
    const keyPlace = keyNode ? placeOfNode(walk.parsed, keyNode) : place;
    const spec = shape.keys[key];
    // `<<: *base`, YAML 1.1's merge of another map's keys into this one: the keys it would bring
    // are not read, so the ones it was meant to supply are not reported missing as well.
    if (key === '<<' && spec === undefined) {
      report(walk, keyPlace, `"<<" (a YAML merge key) is not read in a deck: ${name} gets no keys from it`, `Write the keys out in ${name} (${Object.keys(shape.keys).join(', ')}); to repeat one text, mark it with &name and write *name where it goes again.`);
      for (const inner of Object.keys(shape.keys)) guessed.add(inner);
      complete = false;
      continue;
    }
    if (spec === undefined) {
      // `?` typed into a line's indentation makes YAML read the line as a key (`? …` is its
      // syntax for one): the stray character is the mistake, not a key.
      const stray = strayStartProblem(walk.parsed.file, keyPlace.line, walk.parsed.lines);
      if (stray !== undefined) {
        walk.problems.push(stray);
        complete = false;
        continue;
      }
      const unknown = unknownKey(shape, key, name, isSeq(pair.value));
      if (unknown.meant !== undefined) guessed.add(unknown.meant);
      report(walk, keyPlace, unknown.message, unknown.hint);
      complete = false;
      continue;
    }
    seen.add(key);
    const childPath = path === '' ? key : `${path}.${key}`;
    const valueNode = pair.value as ParsedNode | null;
    if (valueNode === null) {
      report(walk, keyPlace, `${nameOf(childPath)} is empty`, `Write it like this: ${spec.example.split('\n')[0]}`);
      complete = false;
      continue;
    }
    const childValue = check(walk, valueNode, spec.shape, childPath);
    if (childValue === undefined) complete = false;
    else result[key] = childValue;
  }
  for (const [key, spec] of Object.entries(shape.keys)) {
    if (spec.required && !seen.has(key) && !guessed.has(key)) {
      report(walk, place, `${name} is missing "${key}"`, `Add it, for example: ${spec.example.split('\n')[0]}`);
      complete = false;
    }
  }
  return complete ? result : undefined;
}

function toDeck(id: string, value: Plain, source: DeckSource): Deck {
  const root = value as Record<string, Plain>;
  // A theme's or a font file's name, without the invisible characters a copy from a web page
  // brings: `default` with a zero width space after it was "no template "default​", did you mean "default"?".
  const name = (v: Plain | undefined): string | undefined => (typeof v === 'string' ? v.replace(ZERO_WIDTH, '').trim() : undefined);
  const text = (v: Plain | undefined): string | undefined => (typeof v === 'string' ? drawnText(v.trim()) : undefined);
  const list = (v: Plain | undefined): string[] => (Array.isArray(v) ? v.map((s) => drawnText(String(s).trim())) : []);
  const title = text(root['title']) ?? '';
  const period = text(root['period']);
  const organization = text(root['organization']);
  const cover = (root['cover'] ?? {}) as Record<string, Plain>;
  const closing = root['closing'] as Record<string, Plain> | undefined;
  const deck: Deck = {
    id,
    title,
    theme: name(root['theme']) ?? 'default',
    cover: {
      kicker: text(cover['kicker']) ?? [period, organization].filter((s) => s !== undefined).join(' '),
      title: text(cover['title']) ?? title,
    },
    cases: (root['cases'] as Record<string, Plain>[]).map((c) => {
      const award = text(c['award']);
      return {
        ...(award !== undefined ? { award } : {}),
        title: text(c['title']) ?? '',
        sections: (c['sections'] as Record<string, Plain>[]).map((s) => ({ heading: text(s['heading']) ?? '', bullets: list(s['bullets']) })),
      };
    }),
    fonts: Array.isArray(root['fonts']) ? root['fonts'].map((f) => name(f) ?? '') : [],
    source,
  };
  if (period !== undefined) deck.period = period;
  if (organization !== undefined) deck.organization = organization;
  if (closing !== undefined) deck.closing = { lines: list(closing['lines']) };
  return deck;
}

function nameOf(path: string): string {
  if (path === '') return 'the deck';
  const cut = path.lastIndexOf('.');
  const last = path.slice(cut + 1);
  if (/^\d+$/.test(last)) return describePath(path);
  const owner = cut < 0 ? '' : describePath(path.slice(0, cut));
  return owner === '' ? `"${last}"` : `"${last}" of ${owner}`;
}

function report(walk: Walk, place: SourcePlace, message: string, hint: string): void {
  walk.problems.push(withLine(walk.parsed, { place, message, hint }));
}

function withLine(parsed: ParsedDeckFile, problem: Problem): Problem {
  return withSourceLine(problem, parsed.lines);
}

function placeOfNode(parsed: ParsedDeckFile, node: ParsedNode): SourcePlace {
  return placeAtOffset(parsed, node.range[0]);
}

function sourceText(parsed: ParsedDeckFile, node: ParsedNode): string {
  return parsed.text.slice(node.range[0], node.range[1]).trim();
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.place.line - b.place.line || a.place.col - b.place.col);
}
