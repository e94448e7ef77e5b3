/** WCAG's contrast ratio of colours as templates write them, and the one colour a box paints behind its text. */
import { describe, expect, it } from 'vitest';
import { contrastOf, paintedBehind } from './contrast.ts';

describe('contrast', () => {
  it('is WCAG\'s ratio for solid colours written as #hex, rgb(), white or black, and none for others', () => {
    expect(contrastOf('black', '#FFF')).toBeCloseTo(21, 5);
    expect(contrastOf('#767676', 'white')).toBeCloseTo(4.54, 2);
    expect(contrastOf('rgb(255 255 255)', '#ffffffff')).toBe(1);
    expect(contrastOf('rgba(0, 0, 0, 0.5)', 'white')).toBeUndefined();
    expect(contrastOf('#00000080', 'white')).toBeUndefined();
    expect(contrastOf('navy', 'white')).toBeUndefined();
  });

  it('takes a box\'s background when it is one colour, none when it is another kind, and nothing when it paints none', () => {
    const same = (value: string) => value;
    expect(paintedBehind({ backgroundColor: '#1F4FA8' }, same)).toBe('#1F4FA8');
    expect(paintedBehind({ background: 'white' }, same)).toBe('white');
    expect(paintedBehind({ background: 'linear-gradient(red, blue)' }, same)).toBeNull();
    expect(paintedBehind({ backgroundColor: 'white', backgroundImage: 'url(data:image/png;base64,AA)' }, same)).toBeNull();
    expect(paintedBehind({ backgroundColor: 'transparent' }, same)).toBeUndefined();
    expect(paintedBehind({ color: 'red' }, same)).toBeUndefined();
  });
});
