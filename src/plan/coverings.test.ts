/**
 * Text painted over by a picture or a box of one colour: found in satori's own SVGs, only where
 * what is painted later hides all of a text; and named by a build at the template's line, with a
 * fix that draws the slide with its text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { deckText, gov, THREE } from '../testing/decks.ts';
import { countColor, hexToRgb, readRaw } from '../testing/images.ts';
import { makeProject, type TestProject } from '../testing/project.ts';
import { coverOf, coveringsIn } from './coverings.ts';
import { textExtents } from './textExtents.ts';

const fonts = [{ name: 'P', data: readFileSync(gov('Regular')), weight: 400 as const, style: 'normal' as const }];
const box = (style: Record<string, unknown>, children: unknown = '') => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });
const picture = async (kind: 'jpeg' | 'png', alpha: boolean) => {
  const image = sharp({ create: { width: 8, height: 8, channels: alpha ? 4 : 3, background: alpha ? '#80808080' : '#808080' } });
  return `data:image/${kind};base64,${(await (kind === 'jpeg' ? image.jpeg() : image.png()).toBuffer()).toString('base64')}`;
};

/** What covers the text "글자" in a slide where `over` is drawn with position: 'absolute' after it (or `first`, before it). */
async function coverOfText(over: unknown, first = false): Promise<string | undefined> {
  const text = box({ fontSize: 40 }, '글자');
  const element = box({ width: 300, height: 200, position: 'relative', backgroundColor: '#fff' }, first ? [over, box({ position: 'relative' }, [text])] : [text, over]);
  const svg = await satori(element as Parameters<typeof satori>[0], { width: 300, height: 200, fonts });
  const [run] = textExtents(svg);
  return run === undefined ? 'no text' : coverOf(run, coveringsIn(svg), 3);
}

const absolute = { position: 'absolute', left: 0, top: 0, width: 300, height: 200 };
const img = (src: string, style: Record<string, unknown> = {}) => ({ type: 'img', props: { src, width: 300, height: 200, style: { ...absolute, ...style } } });

describe('text painted over', () => {
  it('is found under a photo or a box of one colour drawn after it, and not under what lets it show', async () => {
    expect(await coverOfText(img(await picture('jpeg', false)))).toBe('picture');
    expect(await coverOfText(img(await picture('png', false)))).toBe('picture');
    expect(await coverOfText(box({ ...absolute, backgroundColor: '#1d4ed8' }))).toBe('box');
    expect(await coverOfText(box({ ...absolute, backgroundColor: 'red', borderRadius: 12 }))).toBe('box');
    // What lets the text through, or is drawn before it, or does not reach over all of it.
    expect(await coverOfText(img(await picture('png', true)))).toBeUndefined();
    expect(await coverOfText(img(await picture('jpeg', false), { opacity: 0.3 }))).toBeUndefined();
    expect(await coverOfText(img(await picture('jpeg', false), { objectFit: 'contain' }))).toBeUndefined();
    expect(await coverOfText(box({ ...absolute, backgroundColor: 'rgba(0,0,0,0.4)' }))).toBeUndefined();
    expect(await coverOfText(box({ ...absolute, backgroundImage: 'linear-gradient(#000, #fff)' }))).toBeUndefined();
    expect(await coverOfText(box({ ...absolute, top: 30, height: 10, backgroundColor: '#000' }))).toBeUndefined();
    // A pill, and a photo rounded so: the round end leaves the corner where the text starts uncovered.
    expect(await coverOfText(box({ ...absolute, backgroundColor: 'red', borderRadius: 999 }))).toBeUndefined();
    expect(await coverOfText(img(await picture('jpeg', false), { borderRadius: 999 }))).toBeUndefined();
    expect(await coverOfText(img(await picture('jpeg', false), { borderRadius: 12 }))).toBe('picture');
    expect(await coverOfText(img(await picture('jpeg', false)), true)).toBeUndefined();
  });

  describe('in a template', () => {
    let project: TestProject;
    afterEach(() => project.remove());

    it('is named at the line that draws the photo over the slide, and drawn once the photo is painted under it or is the background', async () => {
      project = makeProject('covered');
      project.deck('p', deckText(THREE));
      const dir = project.copyTemplates();
      writeFileSync(path.join(dir, 'photo.jpg'), await sharp({ create: { width: 1080, height: 1350, channels: 3, background: '#c8d2dc' } }).jpeg().toBuffer());
      project.editTemplate('parts.tsx', "import { theme } from './theme.ts';", "import { theme } from './theme.ts';\nimport photo from './photo.jpg';");
      const page = "<div style={canvas({ padding: space.page, backgroundColor: colors.page, color: colors.ink })}>";
      const img = "<img src={photo} width={theme.width} height={theme.height} style={{ position: 'absolute', left: 0, top: 0 }} />";
      const { file, original, line } = project.editTemplate('parts.tsx', page, `${page}\n      ${img}`);
      const col = readFileSync(file, 'utf8').split('\n')[line]?.indexOf("position: 'absolute'") ?? -1;
      const problems = (await project.buildFails()).problems.map((p) => [path.basename(p.place.file), p.place.line, p.place.col, p.message]);
      // The cover draws no Page; the case and closing slides do, named together at the one line.
      expect(problems).toEqual([
        ['parts.tsx', line + 1, col + 1, 'the case and closing templates paint a picture over "은평구" (organization): the text is laid out under it and would not show, nor would 23 more texts of the deck on its slides'],
      ]);
      expect(project.files('p')).toEqual([]);
      // The hint's two ways: the photo painted under the rest (zIndex: -1), or as the page's own background.
      const under = `${page}\n      ${img.replace('top: 0 }}', 'top: 0, zIndex: -1 }}')}`;
      const background = "<div style={canvas({ padding: space.page, backgroundColor: colors.page, color: colors.ink, backgroundImage: `url(${photo})`, backgroundSize: '100% 100%' })}>";
      for (const fixed of [under, background]) {
        writeFileSync(file, original.replace(page, fixed));
        await project.build();
        const slide = await readRaw(path.join(project.root, 'output', 'p', '02-case1.png'));
        expect(countColor(slide, hexToRgb('#c8d2dc'), 6)).toBeGreaterThan(slide.width * slide.height * 0.1);
        // The card and its text are drawn over the photo: a white card, its title in the theme's ink.
        expect(countColor(slide, [255, 255, 255], 2)).toBeGreaterThan(slide.width * slide.height * 0.3);
        expect(countColor(slide, hexToRgb('#1B2433'), 8)).toBeGreaterThan(2000);
      }
    });
  });
});
