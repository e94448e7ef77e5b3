/** Which colours a template or theme may write: those resvg draws, or satori turns into ones it does. */
import { describe, expect, it } from 'vitest';
import { badColourIn } from './colour.ts';

describe('colours', () => {
  it('takes names in any capitals, hex, and the colour functions satori reads (it turns oklch() and the like into rgb())', () => {
    const taken = ['red', 'Red', 'DarkBlue', 'transparent', 'currentColor', '#1F4FA8', '#fff8', 'rgb(10 20 30 / 50%)', 'hsl(200deg 50% 50%)', 'oklch(0.6 0.2 250)', 'hwb(200 10% 20%)', 'lab(50% 40 59)', 'color(display-p3 1 0 0)', 'color-mix(in srgb, red 50%, blue)', 'light-dark(rgb(1, 2, 3), blue)'];
    expect(taken.filter((colour) => badColourIn('color', colour) !== undefined)).toEqual([]);
  });

  it('names what is none: a misspelt name, a hex code a digit short, a number, a bad "#…" inside a longer value', () => {
    expect(badColourIn('color', 'gery')).toBe('gery');
    expect(badColourIn('backgroundColor', '#1F4FA')).toBe('#1F4FA');
    expect(badColourIn('color', 0x1f4fa8)).toBe('2052008');
    expect(badColourIn('border', '2px solid #12')).toBe('#12');
    expect(badColourIn('backgroundImage', 'url(data:image/png;base64,#abc)')).toBeUndefined();
  });
});
