/**
 * WOFF fonts, as web font packages (@fontsource) ship them: drawn as the font files they wrap
 * (a .woff passed the checks, then stopped every build as "damaged": HarfBuzz, which cuts fonts
 * down, reads no WOFF), and, when a file is one part of a font cut by ranges of characters, a
 * character it lacks is named with the part that has it, as the theme would name that part.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deckText, gov } from '../testing/decks.ts';
import { exampleDeck, makeProject, type TestProject } from '../testing/project.ts';
import { expectLikeGolden, GOLDEN_SLIDES } from '../testing/themeFonts.ts';
import { makeWoff } from '../testing/woffFile.ts';
import { findTable, readCharSet, tagAt } from './cmap.ts';
import { subsetFonts } from './subsetFont.ts';
import { sfntOfWoff } from './woff.ts';

const WEIGHTS = [
  ['Regular', 400],
  ['Bold', 700],
  ['ExtraBold', 800],
] as const;

/** A copy of the project's theme whose fonts are `files` (by weight name) in fonts/, under `family`. */
function themeWithFiles(project: TestProject, name: (weight: string) => string, family = 'Pretendard GOV'): string {
  const theme = path.join(project.copyTemplates(), 'theme.ts');
  let text = readFileSync(theme, 'utf8');
  for (const [weight] of WEIGHTS) text = text.replace(`{ family: 'Pretendard GOV', weight: ${WEIGHTS.find(([w]) => w === weight)?.[1]}, npm: gov('${weight}') }`, `{ family: '${family}', weight: ${WEIGHTS.find(([w]) => w === weight)?.[1]}, file: '${name(weight)}' }`);
  writeFileSync(theme, text.replace("fontFamily: 'Pretendard GOV'", `fontFamily: '${family}'`));
  return theme;
}

describe('WOFF fonts', () => {
  let opened: TestProject | undefined;
  afterEach(() => opened?.remove());

  it('unwrap into the tables of the font file they were made of', () => {
    const font = new Uint8Array(readFileSync(gov('Regular')));
    const unwrapped = sfntOfWoff(makeWoff(font));
    const tables = (data: Uint8Array) => {
      const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
      return [view.getUint32(0), ...Array.from({ length: view.getUint16(4) }, (_, i) => {
        const entry = 12 + i * 16;
        return `${tagAt(view, entry)} ${Buffer.from(findTable(data, view, tagAt(view, entry)) ?? []).toString('base64')}`;
      })];
    };
    expect(tables(unwrapped)).toEqual(tables(font));
  });

  it('draw the example as the font files they wrap', async () => {
    const project = (opened = makeProject('woff-fonts'));
    for (const [weight] of WEIGHTS) writeFileSync(path.join(project.paths.fonts, `PretendardGOV-${weight}.woff`), makeWoff(readFileSync(gov(weight))));
    themeWithFiles(project, (weight) => `PretendardGOV-${weight}.woff`);
    project.deck('2024-h2', exampleDeck());
    await project.build();
    for (const name of GOLDEN_SLIDES) await expectLikeGolden(project, name);
  });

  it('that a package has only as WOFF2 name the package of the same font in WOFF, and a folder named as a font is said to be one', async () => {
    const project = (opened = makeProject('woff2-variable'));
    // As @fontsource-variable ships a font: WOFF2 files alone.
    const files = path.join(project.root, 'node_modules', '@fontsource-variable', 'pretendard', 'files');
    mkdirSync(files, { recursive: true });
    writeFileSync(path.join(project.root, 'node_modules', '@fontsource-variable', 'pretendard', 'package.json'), '{ "name": "@fontsource-variable/pretendard", "version": "5.0.0" }');
    writeFileSync(path.join(files, 'pretendard-0-wght-normal.woff2'), Buffer.concat([Buffer.from('wOF2'), Buffer.alloc(60)]));
    const theme = path.join(project.copyTemplates(), 'theme.ts');
    const text = readFileSync(theme, 'utf8');
    project.deck('p', deckText(['가 사례']));
    writeFileSync(theme, text.replace("npm: gov('Regular')", "npm: '@fontsource-variable/pretendard/files/pretendard-0-wght-normal.woff2'"));
    expect((await project.buildFails()).problems.map((p) => [p.message, p.hint])).toEqual([['pretendard-0-wght-normal.woff2 is not a usable font: WOFF2 fonts are not supported', 'Install @fontsource/pretendard (npm install @fontsource/pretendard) and name its .woff file of each weight: the same font, which cardnews reads.']]);
    writeFileSync(theme, text.replace("npm: gov('Regular')", "npm: 'pretendard-gov/dist/'"));
    expect((await project.buildFails()).problems.map((p) => [p.message, p.hint])).toEqual([['the font "pretendard-gov/dist/" names a folder, not a font file', 'Write the name of a file of node_modules/pretendard-gov/dist/ after its last "/".']]);
  });

  it('name the part of a font cut for web pages that has a character the theme\'s parts lack, and a second font of a family and weight', async () => {
    const project = (opened = makeProject('woff-parts'));
    // As @fontsource cuts a font: a Korean part (Hangul and Latin, no arrows) and numbered parts.
    const deck = deckText(['가 사례']).replace('번 사례의 첫 번째 내용입니다', '번 사례 전 → 후');
    const text = [...deck, '(계속)', ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))].flatMap((c) => [...c]).map((c) => c.codePointAt(0) ?? 0).filter((c) => c !== 0x2192);
    for (const [weight, value] of WEIGHTS) {
      const [korean = new Uint8Array(), arrows = new Uint8Array()] = [new Set(text), new Set([0x2192, 0x2190])].map((chars) => subsetFonts([{ data: new Uint8Array(readFileSync(gov(weight))), weight: value }], chars)[0]);
      writeFileSync(path.join(project.paths.fonts, `pretendard-korean-${value}-normal.woff`), makeWoff(korean));
      writeFileSync(path.join(project.paths.fonts, `pretendard-7-${value}-normal.woff`), makeWoff(arrows));
      expect(readCharSet(sfntOfWoff(makeWoff(korean))).has(0x2192)).toBe(false);
    }
    const theme = themeWithFiles(project, (weight) => `pretendard-korean-${WEIGHTS.find(([w]) => w === weight)?.[1]}-normal.woff`, 'Pretendard Web');
    project.deck('p', deck);
    // The WOFF2 file a package ships beside each .woff: named with that .woff.
    writeFileSync(path.join(project.paths.fonts, 'pretendard-korean-400-normal.woff2'), Buffer.concat([Buffer.from('wOF2'), Buffer.alloc(60)]));
    const partsTheme = readFileSync(theme, 'utf8');
    writeFileSync(theme, partsTheme.replace("'pretendard-korean-400-normal.woff'", "'pretendard-korean-400-normal.woff2'"));
    expect((await project.buildFails()).problems.map((p) => [p.message, p.hint])).toEqual([['pretendard-korean-400-normal.woff2 is not a usable font: WOFF2 fonts are not supported', 'Name pretendard-korean-400-normal.woff instead, beside it: the same font as WOFF, which cardnews reads.']]);
    writeFileSync(theme, partsTheme);
    const [missing] = (await project.buildFails()).problems;
    expect(missing?.message).toBe('case 1 section 1 bullet 1 has the character → (U+2192), which none of the fonts can draw (tried pretendard-korean-400-normal.woff, pretendard-korean-700-normal.woff, pretendard-korean-800-normal.woff)');
    const entry = "{ family: 'Pretendard Web 7', weight: 400, file: 'pretendard-7-400-normal.woff' }";
    expect(missing?.hint).toBe(`pretendard-korean-400-normal.woff is one part of a font, cut for web pages by ranges of characters (as @fontsource packages ship fonts): pretendard-7-400-normal.woff is the part with it. Add ${entry} to the theme's fonts, or replace the character.`);
    // As the hint says: drawn. Under the family's own name, it was never drawn (satori takes a
    // family's first font at a weight), which is named at its line.
    const themeText = readFileSync(theme, 'utf8');
    const last = "file: 'pretendard-korean-800-normal.woff' },";
    writeFileSync(theme, themeText.replace(last, `${last}\n    ${entry.replace('Pretendard Web 7', 'Pretendard Web')},`));
    const [second] = (await project.buildFails()).problems;
    expect([second?.place.line, second?.message]).toEqual([themeText.split('\n').findIndex((l) => l.includes(last)) + 2, "font 4 of the theme's fonts is a second font of Pretendard Web at weight 400: satori draws each weight of a family with one font, the first, so this one would never be drawn"]);
    writeFileSync(theme, themeText.replace(last, `${last}\n    ${entry},`));
    await project.build();
    expect(project.files('p')).toEqual(['01-cover.png', '02-case1.png', '03-closing.png']);
  });
});
