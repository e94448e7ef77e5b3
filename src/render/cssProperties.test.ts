import { describe, expect, it } from 'vitest';
import { isCssProperty } from './cssProperties.ts';

describe('isCssProperty', () => {
  it('knows the properties in React\'s camelCase, as CSS writes them, with vendor prefixes, and satori\'s corner shapes', () => {
    for (const name of ['backgroundColor', 'background-color', 'lineClamp', 'WebkitTextStroke', '-webkit-text-stroke', 'msTransform', 'textWrap', 'objectFit', 'gap', 'cornerShape', 'cornerTopLeftShape', '--accent']) expect(isCssProperty(name), name).toBe(true);
  });

  it('refuses a misspelt one (satori skips it without a word)', () => {
    for (const name of ['backgroundColour', 'marginBotom', 'colour', 'fontWieght', 'textAlignment', 'MsTransform']) expect(isCssProperty(name), name).toBe(false);
  });
});
