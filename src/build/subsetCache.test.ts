import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../paths.ts';
import { loadFont, type LoadedFont } from '../render/fonts.ts';
import { subsetFonts } from '../render/subsetFont.ts';
import { repoRoot } from '../testing/fixtures.ts';
import { cachedSubsets } from './subsetCache.ts';

describe('font subsets kept between builds', () => {
  let fonts: LoadedFont[];
  beforeAll(async () => {
    const file = (weight: string) => path.join(repoRoot, 'node_modules/pretendard-gov/dist/public/static/alternative', `PretendardGOV-${weight}.ttf`);
    fonts = [await loadFont('Pretendard GOV', 400, file('Regular')), await loadFont('Pretendard GOV', 700, file('Bold'))];
  });

  it('cuts the fonts once for a set of characters, then reads what it kept; a damaged file is cut again', () => {
    // Characters of this run alone, so that no earlier run's subsets answer.
    const characters = new Set([...'가나다 ABC'].map((c) => c.codePointAt(0) ?? 0).concat(0xac00 + Math.floor(Math.random() * 11000)));
    const started = Date.now() - 1000;
    let cuts = 0;
    const make = () => {
      cuts++;
      return subsetFonts(fonts.map((f) => ({ data: f.data, weight: f.weight })), characters);
    };
    const first = cachedSubsets(fonts, characters, make);
    const again = cachedSubsets(fonts, characters, make);
    expect(cuts).toBe(1);
    expect(again.map((data) => Buffer.from(data))).toEqual(first.map((data) => Buffer.from(data)));
    // One character more is another subset.
    cachedSubsets(fonts, new Set([...characters, 0x41 + 25]), make);
    expect(cuts).toBe(2);
    // A kept file that is not a font, or a font cut short (a disk that lost its end), is not
    // handed to satori: one cut short failed inside it, and the template was blamed.
    const kept = readdirSync(cacheDir).filter((f) => f.startsWith('subset-')).map((f) => path.join(cacheDir, f)).filter((f) => statSync(f).mtimeMs >= started);
    for (const damage of [() => 'not a font', (whole: Buffer) => whole.subarray(0, whole.length / 2)]) {
      for (const file of kept) writeFileSync(file, damage(readFileSync(file)));
      const remade = cachedSubsets(fonts, characters, make);
      expect(remade.map((data) => Buffer.from(data))).toEqual(first.map((data) => Buffer.from(data)));
    }
    expect(cuts).toBe(4);
  });
});
