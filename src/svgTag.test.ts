/** Where a tag ends, as the checks of imported SVGs and of satori's SVG read it. */
import { describe, expect, it } from 'vitest';
import { svgMistake } from './build/svgShape.ts';
import { tagEnd } from './svgTag.ts';

describe('the end of a tag', () => {
  it('is the first ">" outside a value in either quotes', () => {
    const tag = `<path d="M0 0" title='a > b' data-x="it's > that"/>`;
    expect(tagEnd(tag, 0)).toBe(tag.length - 1);
    expect(tagEnd('<rect x="1"><g>', 0)).toBe('<rect x="1"'.length);
    // A value never closed, or no ">" after the tag: the tag never ends.
    expect(tagEnd('<rect x="1>', 0)).toBe(-1);
    expect(tagEnd('<rect x="1"', 0)).toBe(-1);
  });

  it('is what an imported SVG is checked by: a ">" in a value does not end its tag', () => {
    expect(svgMistake(`<svg viewBox="0 0 10 10"><path d="M0 0" title='1 > 0'/></svg>`)).toBeUndefined();
    expect(svgMistake(`<svg viewBox="0 0 10 10">\n<path d="M0 0`)).toEqual({ kind: 'broken', what: 'the tag at line 2 is never closed with ">"' });
  });
});
