/**
 * The typed deck: what a `data/<period>.yaml` file means once it has been validated.
 * The YAML keys and their meaning are a contract (see DESIGN.md); everything downstream of
 * validation works on these types only.
 */
import { quote, type SourcePlace } from './errors.ts';

export interface Section {
  heading: string;
  bullets: string[];
}

export interface Case {
  award?: string;
  title: string;
  sections: Section[];
}

export interface Deck {
  /** The period id: the file name without `.yaml`, also the output folder name. */
  id: string;
  title: string;
  period?: string;
  organization?: string;
  /** Template folder under `templates/`. */
  theme: string;
  cover: { kicker: string; title: string };
  cases: Case[];
  closing?: { lines: string[] };
  /** Extra font files (relative to the project's `fonts/`) tried after the theme's fonts. */
  fonts: string[];
  source: DeckSource;
}

/** Where each value of the deck came from, for messages that point into the YAML. */
export interface DeckSource {
  /** The file as the user named it (relative to the working directory where possible). */
  file: string;
  lines: string[];
  /** Keyed by a dotted path such as `cases.1.sections.0.bullets.2` (0-based indexes). */
  places: Map<string, SourcePlace>;
}

/** The place of a value, falling back to the nearest enclosing value that has one. */
export function placeOf(source: DeckSource, path: string): SourcePlace {
  let key = path;
  for (;;) {
    const place = source.places.get(key);
    if (place) return place;
    const cut = key.lastIndexOf('.');
    if (cut < 0) return source.places.get('') ?? { file: source.file, line: 1, col: 1 };
    key = key.slice(0, cut);
  }
}

/** 'case 3, "…"': a case named with its whole title, where a message has no line to show it on. */
export function caseNamed(caseNumber: number, title: string): string {
  return `case ${caseNumber}, ${quote(title, Infinity)}`;
}

/** "case 3", "case 3 section 2 bullet 1": how messages name a place in the deck (1-based). */
export function describePath(path: string): string {
  const parts = path.split('.');
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    const singular: Record<string, string> = { cases: 'case', sections: 'section', bullets: 'bullet', lines: 'line', fonts: 'font' };
    const name = singular[part];
    if (name !== undefined && next !== undefined && /^\d+$/.test(next)) {
      words.push(`${name} ${Number(next) + 1}`);
      i++;
    } else if (part !== '') {
      words.push(/^\d+$/.test(part) ? `item ${Number(part) + 1}` : part);
    }
  }
  return words.join(' ');
}
