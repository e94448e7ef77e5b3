/**
 * That satori (the pinned version) still draws a box the same with and without each style that
 * IGNORED_STYLES refuses: should a later satori draw one, this fails, and it comes off the list.
 */
import { readFileSync } from 'node:fs';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { gov } from '../testing/decks.ts';
import { IGNORED_STYLES, ignoredStyleHint } from './ignoredStyles.ts';

const fonts = [{ name: 'P', data: readFileSync(gov('Regular')), weight: 400 as const, style: 'normal' as const }];
const text = '가나다라 마바사 아자차카 타파하 supercalifragilisticexpialidocious fi -> 2x3';

interface Box {
  type: string;
  props: { style: Record<string, unknown>; children?: (Box | string)[] | Box | string };
}
const box = (style: Record<string, unknown>, ...children: (Box | string)[]): Box => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** A slide where the style, if it were drawn, would show: boxes to float or align, a text to turn, split, hyphenate, enlarge. */
function trial(style: Record<string, unknown> = {}): Box {
  const small = box({ width: 40, height: 40, backgroundColor: '#ff0000' });
  return box({ width: 300, height: 300, fontFamily: 'P', fontSize: 20, alignItems: 'flex-start' },
    box({ width: 200, flexWrap: 'wrap', ...style }, text),
    box({ fontSize: 40 }, 'A'),
    box(style, 'Ab'),
    box(style, small));
}

const VALUES: Record<string, string | number> = {
  float: 'right', writingMode: 'vertical-rl', textOrientation: 'upright', columns: 2, columnCount: 2, verticalAlign: 'middle',
  fontFeatureSettings: '"liga" 0, "calt" 0', hyphens: 'auto', textAlignLast: 'center', wordWrap: 'break-word', zoom: 2,
  textBox: 'trim-both cap alphabetic', textBoxTrim: 'trim-both', textBoxEdge: 'cap alphabetic',
  fontVariant: 'small-caps', fontVariantNumeric: 'tabular-nums', fontVariantCaps: 'small-caps', fontVariantAlternates: 'historical-forms',
  fontStretch: 'condensed', fontWidth: 'condensed', fontVariationSettings: '"wght" 700', fontSizeAdjust: 0.5,
  lineBreak: 'strict', textJustify: 'inter-character', textEmphasis: 'filled red', hangingPunctuation: 'first', initialLetter: 2,
  borderImage: 'linear-gradient(#ff0000, #0000ff) 1', borderImageSource: 'linear-gradient(#ff0000, #0000ff)',
  textWrapStyle: 'balance', textWrapMode: 'nowrap',
};

/** What a style needs beside it to show at all: a border image, a border. */
const WITH: Record<string, Record<string, string>> = { borderImage: { border: '10px solid #000000' }, borderImageSource: { border: '10px solid #000000' } };

describe('styles satori does not draw', () => {
  it('are drawn the same as without them', async () => {
    const draw = (element: Box) => satori(element as unknown as Parameters<typeof satori>[0], { width: 300, height: 300, fonts });
    const without = await draw(trial());
    expect(Object.keys(VALUES).sort()).toEqual([...IGNORED_STYLES.keys()].sort());
    for (const [property, value] of Object.entries(VALUES)) {
      const base = WITH[property];
      expect(await draw(trial({ ...base, [property]: value })), property).toBe(base === undefined ? without : await draw(trial(base)));
    }
    // The trial can tell: a style satori draws changes it.
    for (const [property, value] of Object.entries({ textIndent: 20, textAlign: 'center', overflowWrap: 'anywhere', transform: 'scale(2)' })) expect(await draw(trial({ [property]: value })), property).not.toBe(without);
    // Values of a property satori draws otherwise: each is named, and a text that wraps is
    // drawn as if it were not written; the value it draws is let be, and changes that text.
    const wrapping = (style: Record<string, unknown> = {}) => draw(box({ width: 240, fontFamily: 'P', fontSize: 24, ...style }, '가나다 라마바 사아자 차카타 파하가 나다라 마바사 아자차 카'));
    // So are textWrap's longhands, which the trial above cannot tell from nothing.
    for (const [property, value] of [['textWrap', 'pretty'], ['textWrap', 'nowrap'], ['textWrapStyle', 'balance'], ['textWrapMode', 'nowrap']] as const) {
      expect(ignoredStyleHint(property, value), `${property}: ${value}`).toBeDefined();
      expect(await wrapping({ [property]: value }), `${property}: ${value}`).toBe(await wrapping());
    }
    for (const [property, value] of [['textWrap', 'balance'], ['whiteSpace', 'nowrap']] as const) {
      expect(ignoredStyleHint(property, value), `${property}: ${value}`).toBeUndefined();
      expect(await wrapping({ [property]: value }), `${property}: ${value}`).not.toBe(await wrapping());
    }
    // …and so can the trial with a border: its colour shows.
    expect(await draw(trial({ border: '10px solid #ff0000' }))).not.toBe(await draw(trial({ border: '10px solid #000000' })));
  });
});
