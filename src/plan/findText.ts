/**
 * Which value of the deck a piece of laid-out text came from, for a message about it (text
 * that sticks out of its box). Compared as values, not as lines of the file, so that YAML's
 * quoting and escapes do not hide it; spaces compared as single spaces, as they are laid out.
 */
import type { Deck } from '../deck.ts';

/**
 * The dotted path of the value: one that is the text before one that holds it, anywhere (a case
 * slide's header shows the organization, which a bullet of the case may have in it; a bullet
 * that is the end of the bullet above it); within the slide's own part of the deck first (two
 * cases may share a text); a value that holds the text as whole words before one that holds
 * it inside a word (the "2" a template writes in H<sub>2</sub>O is no piece of "2025년에도"; a
 * piece of a URL broken over lines is), and one that holds the text before one the text holds
 * (a kicker made of period and organization). `insideWord`: that value holds it only inside a word, or inside the text.
 */
export function findText(deck: Deck, fragment: string, slidePath: string): { path: string; insideWord: boolean } | undefined {
  const needle = spaced(fragment);
  let best: { path: string; rank: number; words: boolean } | undefined;
  for (const [path, value] of strings(deck, '')) {
    // Only values written in the file: the cover's defaults are copies of other keys.
    if (!deck.source.places.has(path)) continue;
    const text = spaced(value);
    const words = ` ${text} `.includes(` ${needle} `);
    const contains = text === needle ? 4 : words ? 3 : text.includes(needle) ? 2 : text.length > 1 && needle.includes(text) ? 1 : 0;
    if (contains === 0) continue;
    const inSlide = path === slidePath || path.startsWith(`${slidePath}.`) ? 5 : 0;
    // The header's organization ("은평구") was said to be a bullet of the case with the word in it.
    const rank = inSlide + (contains === 4 ? 10 : contains);
    if (best === undefined || rank > best.rank || (rank === best.rank && path.length > best.path.length)) best = { path, rank, words };
  }
  return best === undefined ? undefined : { path: best.path, insideWord: !best.words };
}

function spaced(text: string): string {
  return text.trim().split(/\s+/u).join(' ');
}

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${path}.${i}`);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) if (key !== 'source') yield* strings(item, path === '' ? key : `${path}.${key}`);
  }
}
