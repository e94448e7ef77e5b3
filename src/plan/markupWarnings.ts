/**
 * Markup that a draft brings along is drawn as its letters: the deck format has none. Markdown
 * — **bold** from a chatbot's answer or a note app, a [link](address), a "## heading" — shows its
 * asterisks, brackets and hashes; HTML — copied from a blog editor's HTML view or a web page's
 * source — shows `<b>` and `&nbsp;`. Worth a warning at the mark, not an error: the slide is drawn
 * as written, and a text may mean them.
 */
import type { Deck } from '../deck.ts';
import { placeWithin } from '../render/coverage.ts';
import { writtenTexts } from './deckTexts.ts';

interface Mark {
  /** Global: every mark of a text is named, so that one build shows them all. */
  pattern: RegExp;
  /** What the text has and what to do, given the marks as written (each once, in their order). */
  says: (found: string[]) => string;
}

// Tags by their names only, with Latin attributes: `<은평구 소식>` and `<A등급>` are a Korean
// writer's own brackets.
const HTML_TAG = /<\/?(?:a|b|big|blockquote|br|div|em|font|h[1-6]|hr|i|img|li|mark|ol|p|s|small|span|strike|strong|sub|sup|table|td|th|tr|u|ul)(?:\s+[a-z-]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*\s*\/?>/giu;

/** The named references a web page's text brings most, each with the character it stands for. */
const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", middot: '·', hellip: '…', bull: '•',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', times: '×', rarr: '→', copy: '©', reg: '®',
};
const HTML_ENTITY = new RegExp(`&(?:${Object.keys(ENTITIES).join('|')}|#[0-9]{1,7}|#x[0-9a-f]{1,6});`, 'giu');

function standsFor(found: string): string | undefined {
  const name = found.slice(1, -1).toLowerCase();
  if (!name.startsWith('#')) return ENTITIES[name];
  const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
  const character = code <= 0x10ffff ? String.fromCodePoint(code) : '';
  if (/^\s$/u.test(character)) return ' ';
  // An invisible one (a zero width space, `&#8203;`) is better named than shown between quotes.
  if (/^[\p{Cf}\p{Cc}]$/u.test(character)) return '';
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? character : undefined;
}

const listed = (found: string[]) => found.join(', ');

const MARKS: Mark[] = [
  { pattern: /\*\*[^*\s](?:[^*]*[^*\s])?\*\*/gu, says: () => 'Markdown bold (**…**), which is drawn with its asterisks (a deck has no bold); take them out' },
  { pattern: /__[^_\s](?:[^_]*[^_\s])?__/gu, says: () => 'Markdown bold (__…__), which is drawn with its underscores (a deck has no bold); take them out' },
  // Only to an address: `[붙임](참고)` is a Korean writer's own brackets.
  { pattern: /\[[^\]\n]+\]\((?:https?:\/\/|www\.)[^)\s]*\)/gu, says: () => 'a Markdown link ([…](…)), which is drawn with its brackets; write the words, or the address, alone' },
  { pattern: /^#{1,6} /gu, says: () => 'a Markdown heading (#), which is drawn with its hashes; take them out' },
  {
    pattern: HTML_TAG,
    says: (tags) => {
      const breaks = tags.some((tag) => /^<br\b/iu.test(tag)) ? ', and to break a line where a <br> is, write the text as a YAML block (|) over its lines' : '';
      const [what, them] = tags.length === 1 ? ['an HTML tag', 'it'] : ['HTML tags', 'them'];
      return `${what} (${listed(tags)}), which ${tags.length === 1 ? 'is' : 'are'} drawn as letters (a deck has no markup); take ${them} out${breaks}`;
    },
  },
  {
    pattern: HTML_ENTITY,
    says: (references) => {
      const instead = references.map((reference) => {
        const character = standsFor(reference);
        return character === ' ' ? 'a space' : character === '' ? 'nothing (it stands for an invisible character)' : character === undefined ? 'the character itself' : `"${character}"`;
      });
      const each = references.length === 1 ? instead[0] : references.map((reference, i) => `${instead[i]} for ${reference}`).join(', ');
      const what = references.length === 1 ? 'an HTML character reference' : 'HTML character references';
      return `${what} (${listed(references)}), which ${references.length === 1 ? 'is' : 'are'} drawn as letters; write ${each} instead`;
    },
  },
];

export function markupWarnings(deck: Deck): string[] {
  const warnings: string[] = [];
  // A cover without a title of its own shows the deck's: both are at the deck's line, named once.
  const said = new Set<string>();
  for (const item of writtenTexts(deck)) {
    const ofText: { col: number; warning: string }[] = [];
    for (const { pattern, says } of MARKS) {
      const found = [...new Set(Array.from(item.text.matchAll(pattern), (match) => match[0]))];
      if (found[0] === undefined) continue;
      const { file, line, col } = placeWithin(item, found[0]);
      const mark = says(found);
      const what = `${file}:${line}:${col}: ${mark}`;
      if (said.has(what)) continue;
      said.add(what);
      ofText.push({ col, warning: `${file}:${line}:${col}: ${item.what} has ${mark}.` });
    }
    warnings.push(...ofText.sort((a, b) => a.col - b.col).map(({ warning }) => warning));
  }
  return warnings;
}
