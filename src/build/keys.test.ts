/**
 * A slide's key counts the images of the emoji it shows: in its text, and those every slide of
 * its kind shows (the theme's markers, what its template writes). A changed emoji image redraws
 * exactly the slides that show it.
 */
import { describe, expect, it } from 'vitest';
import type { Slide } from '../plan/slides.ts';
import { changeReason, keyOf, slideKeyParts, type DeckHashes } from './keys.ts';

const frame = (index: number) => ({ index, total: 4, deckTitle: '우수사례' });

const slides: Slide[] = [
  { kind: 'cover', name: '01-cover', path: 'cover', props: { kicker: '2024년', title: '우수사례' } },
  {
    kind: 'case', name: '02-case1', path: 'cases.0',
    props: { title: '사례 💡', caseNumber: 1, caseCount: 2, continued: false, size: { title: 54, body: 40 }, sections: [{ heading: '배경', bullets: ['내용'], continued: false }] },
  },
  {
    kind: 'case', name: '03-case2', path: 'cases.1',
    props: { title: '사례', caseNumber: 2, caseCount: 2, continued: false, size: { title: 54, body: 40 }, sections: [{ heading: '배경', bullets: ['내용'], continued: false }] },
  },
  { kind: 'closing', name: '04-closing', path: 'closing', props: { lines: ['언제나 ON💡'] } },
];

function hashes(emoji: Record<string, string>): DeckHashes {
  return {
    template: { cover: 'cover', case: 'case', closing: 'closing' },
    fonts: 'fonts',
    size: '1080x1350',
    tools: 'tools',
    emoji,
    // The cover template writes 📢 itself; every case slide shows the theme's markers.
    alwaysShown: { cover: ['📢'], case: ['✔️', '🔹'], closing: [] },
  };
}

const images = { '💡': 'bulb', '📢': 'megaphone', '✔️': 'check', '🔹': 'diamond' };

/** The slides whose key differs when `changed` has another image. */
function redrawn(changed: keyof typeof images): string[] {
  const before = hashes(images);
  const after = hashes({ ...images, [changed]: 'another image' });
  return slides.filter((slide, i) => keyOf(slideKeyParts(slide, frame(i + 1), before)) !== keyOf(slideKeyParts(slide, frame(i + 1), after))).map((slide) => slide.name);
}

describe('slide keys and emoji images', () => {
  it('redraws exactly the slides that show an emoji whose image changed', () => {
    expect(redrawn('💡')).toEqual(['02-case1', '04-closing']);
    expect(redrawn('🔹')).toEqual(['02-case1', '03-case2']);
    expect(redrawn('📢')).toEqual(['01-cover']);
  });

  it('names the emoji images as what changed', () => {
    const before = slideKeyParts(slides[3] as Slide, frame(4), hashes(images));
    const after = slideKeyParts(slides[3] as Slide, frame(4), hashes({ ...images, '💡': 'another image' }));
    expect(changeReason(before, after)).toBe('emoji images changed');
  });

  it('names only the content when an edit brings other emoji and no image changed', () => {
    const closing = slides[3] as Extract<Slide, { kind: 'closing' }>;
    const edited: Slide = { ...closing, props: { lines: ['언제나 ON📢'] } };
    const before = slideKeyParts(closing, frame(4), hashes(images));
    const after = slideKeyParts(edited, frame(4), hashes(images));
    expect(changeReason(before, after, {}, false)).toBe('content changed');
    expect(changeReason(before, after, {}, true)).toBe('content changed, emoji images changed');
  });
});
