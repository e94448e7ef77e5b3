/**
 * The shape of a deck file, as data: which keys each map allows, which are required, and what
 * each value must be. The validator walks the YAML against this, so the allowed keys named in
 * messages always match what is accepted.
 */

export type Shape =
  /** `emptyIsNone`: a text written empty in quotes ('') is taken, meaning none (as a theme's '' marker). */
  | { kind: 'text'; emptyIsNone?: true }
  | { kind: 'list'; of: Shape; itemName: string; hint: string }
  /** `leftOut`: what the deck has when the map's key is left out, for the hint when it is empty. */
  | { kind: 'map'; keys: Record<string, KeySpec>; leftOut?: string };

export interface KeySpec {
  shape: Shape;
  required: boolean;
  /** What to write, for the hint when the key is missing or empty. */
  example: string;
}

const text: Shape = { kind: 'text' };

const bulletList: Shape = { kind: 'list', of: text, itemName: 'bullet', hint: 'Write each bullet on its own line starting with "- ".' };

const section: Shape = {
  kind: 'map',
  keys: {
    heading: { shape: text, required: true, example: 'heading: 추진 배경' },
    bullets: { shape: bulletList, required: true, example: 'bullets:\n      - 첫 번째 내용' },
  },
};

const caseShape: Shape = {
  kind: 'map',
  keys: {
    award: { shape: text, required: false, example: 'award: 우수' },
    title: { shape: text, required: true, example: 'title: 사례 제목' },
    sections: {
      shape: { kind: 'list', of: section, itemName: 'section', hint: 'Write each section as "- heading: …" followed by its "bullets:".' },
      required: true,
      example: 'sections:\n  - heading: 추진 배경\n    bullets:\n      - 내용',
    },
  },
};

export const deckShape: Shape = {
  kind: 'map',
  keys: {
    title: { shape: text, required: true, example: 'title: 적극행정 우수사례' },
    period: { shape: text, required: false, example: 'period: 2024년 하반기' },
    organization: { shape: text, required: false, example: 'organization: 은평구' },
    theme: { shape: text, required: false, example: 'theme: default' },
    fonts: {
      shape: { kind: 'list', of: text, itemName: 'font', hint: 'List font files from the fonts/ folder, one per line starting with "- ".' },
      required: false,
      example: 'fonts:\n  - NotoSansKR-Regular.ttf',
    },
    cover: {
      shape: {
        kind: 'map',
        keys: {
          // Left out, it comes from the period and organization; '' is a cover without one.
          kicker: { shape: { kind: 'text', emptyIsNone: true }, required: false, example: "kicker: 2024년 하반기 은평구 (or kicker: '' for none)" },
          title: { shape: text, required: false, example: 'title: 적극행정 우수사례' },
        },
        leftOut: "the cover made from the deck's title, period and organization",
      },
      required: false,
      example: 'cover:\n  title: 적극행정 우수사례',
    },
    cases: {
      shape: { kind: 'list', of: caseShape, itemName: 'case', hint: 'Write each case as "- title: …" followed by its "sections:".' },
      required: true,
      example: 'cases:\n  - title: 사례 제목',
    },
    closing: {
      shape: {
        kind: 'map',
        keys: {
          lines: {
            shape: { kind: 'list', of: text, itemName: 'line', hint: 'Write each closing line on its own line starting with "- ".' },
            required: true,
            example: 'lines:\n    - 감사합니다',
          },
        },
      },
      required: false,
      example: 'closing:\n  lines:\n    - 감사합니다',
    },
  },
};

/** Every key of the format, at any depth: a word that is one is probably meant as a key. */
export const ALL_KEYS: ReadonlySet<string> = (() => {
  const keys = new Set<string>();
  const walk = (shape: Shape): void => {
    if (shape.kind === 'list') walk(shape.of);
    if (shape.kind !== 'map') return;
    for (const [key, spec] of Object.entries(shape.keys)) {
      keys.add(key);
      walk(spec.shape);
    }
  };
  walk(deckShape);
  return keys;
})();
