/**
 * A font collection (.ttc) names one file for several faces: the face drawn is the one made at
 * the weight asked for, a Korean one first; it is the same font as the file it came from.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCollection, renamed } from '../testing/fontCollection.ts';
import type { TestProject } from '../testing/project.ts';
import { buildExampleWithFonts, expectLikeGolden, GOLDEN_SLIDES } from '../testing/themeFonts.ts';
import { readCharSet } from './cmap.ts';
import { faceFor } from './collection.ts';
import { staticWeightOf } from './fontWeight.ts';
import { subsetFonts } from './subsetFont.ts';

const require = createRequire(import.meta.url);
const gov = (weight: string) => new Uint8Array(readFileSync(require.resolve(`pretendard-gov/dist/public/static/alternative/PretendardGOV-${weight}.ttf`)));

describe('a face of a font collection', () => {
  const [regular, bold, extraBold] = [gov('Regular'), gov('Bold'), gov('ExtraBold')];

  it('is the face made at the weight asked for, or the nearest, and reads like a font file of its own', () => {
    const collection = makeCollection([regular, bold, extraBold]);
    expect([400, 700, 800, 600, 900].map((weight) => staticWeightOf(faceFor(collection, weight).data))).toEqual([400, 700, 800, 700, 800]);
    const face = faceFor(collection, 700);
    expect(face.name).toBe('Pretendard GOV');
    expect(readCharSet(face.data).has(0xac00)).toBe(true);
    expect(readCharSet(face.data).has(0x0f00)).toBe(false);
  });

  it('is a Korean one among faces of one weight: named as Korean first, else one with Hangul', () => {
    // Pretendard GOV cut down to Latin letters: no Hangul, the same weight.
    const [latin = regular] = subsetFonts([{ data: regular, weight: 400 }], new Set([...'ABC'].map((c) => c.codePointAt(0) ?? 0)));
    expect(readCharSet(latin).has(0xac00)).toBe(false);
    expect(faceFor(makeCollection([latin, renamed(regular, 'Pretendard GOV', 'Pretendard GOX')]), 400).name).toBe('Pretendard GOX');
    // As the KR face of Noto Sans CJK, whose JP, SC and TC faces have Hangul too.
    expect(faceFor(makeCollection([regular, renamed(regular, 'Pretendard GOV', 'Pretendard  KR')]), 400).name).toBe('Pretendard  KR');
  });

  it('says a collection cut short is so', () => {
    const collection = makeCollection([regular, bold]);
    expect(() => faceFor(collection.subarray(0, collection.byteLength / 2), 700)).toThrow(RangeError);
  });
});

describe('a theme that names one collection for every weight', () => {
  let project: TestProject;
  beforeAll(async () => {
    project = await buildExampleWithFonts('collection-font', "file: 'PretendardGOV.ttc'", { 'PretendardGOV.ttc': makeCollection([gov('Bold'), gov('Regular'), gov('ExtraBold')]) });
  });
  afterAll(() => project.remove());

  it.each(GOLDEN_SLIDES)('draws %s as the static files do', (name) => expectLikeGolden(project, name));
});
