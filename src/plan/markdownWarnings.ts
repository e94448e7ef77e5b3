/**
 * Markdown that a draft brings along — **bold** from a chatbot's answer or a note app, a
 * [link](address), a "## heading" — is drawn as its asterisks, brackets and hashes: the deck
 * format has no markup. Worth a warning at the mark, not an error: the slide is drawn as
 * written, and a text may mean them.
 */
import type { Deck } from '../deck.ts';
import { placeWithin } from '../render/coverage.ts';
import { writtenTexts } from './deckTexts.ts';

const MARKS: { pattern: RegExp; mark: string }[] = [
  { pattern: /\*\*[^*\s](?:[^*]*[^*\s])?\*\*/u, mark: 'Markdown bold (**…**), which is drawn with its asterisks (a deck has no bold); take them out' },
  { pattern: /__[^_\s](?:[^_]*[^_\s])?__/u, mark: 'Markdown bold (__…__), which is drawn with its underscores (a deck has no bold); take them out' },
  // Only to an address: `[붙임](참고)` is a Korean writer's own brackets.
  { pattern: /\[[^\]\n]+\]\((?:https?:\/\/|www\.)[^)\s]*\)/u, mark: 'a Markdown link ([…](…)), which is drawn with its brackets; write the words, or the address, alone' },
  { pattern: /^#{1,6} /u, mark: 'a Markdown heading (#), which is drawn with its hashes; take them out' },
];

export function markdownWarnings(deck: Deck): string[] {
  const warnings: string[] = [];
  for (const item of writtenTexts(deck)) {
    for (const { pattern, mark } of MARKS) {
      const found = pattern.exec(item.text);
      if (found === null) continue;
      const { file, line, col } = placeWithin(item, found[0]);
      warnings.push(`${file}:${line}:${col}: ${item.what} has ${mark}.`);
    }
  }
  return warnings;
}
