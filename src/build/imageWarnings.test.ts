/**
 * A photo far larger than the slide, imported by a template, is named with its size at its
 * import line: every slide that draws it decodes all its pixels. Its bytes are no text: they
 * no longer go into the font subsets as characters.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { deckText, THREE } from '../testing/decks.ts';
import { makeProject, type TestProject } from '../testing/project.ts';
import { imageSize } from './imageWarnings.ts';
import { preparePeriod } from './preparePeriod.ts';

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#3366aa' } });

describe('images a template imports', () => {
  let project: TestProject | undefined;
  afterEach(() => project?.remove());

  it('reads the size a PNG or a JPEG (baseline or progressive) says it has', async () => {
    expect(imageSize(await solid(300, 200).png().toBuffer())).toEqual({ width: 300, height: 200 });
    expect(imageSize(await solid(301, 199).jpeg().toBuffer())).toEqual({ width: 301, height: 199 });
    expect(imageSize(await solid(640, 480).jpeg({ progressive: true }).toBuffer())).toEqual({ width: 640, height: 480 });
    expect(imageSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
  });

  it('names one far larger than the slide at the line that imports it, and not one at twice its size', async () => {
    project = makeProject('large-image');
    const dir = project.copyTemplates();
    writeFileSync(path.join(dir, 'photo.jpg'), await solid(3000, 2000).jpeg().toBuffer());
    writeFileSync(path.join(dir, 'logo.png'), await solid(2160, 2700).png().toBuffer());
    const { line } = project.editTemplate('parts.tsx', "import { theme } from './theme.ts';", "import { theme } from './theme.ts';\nimport photo from './photo.jpg';\nimport logo from './logo.png';");
    project.editTemplate('parts.tsx', "<div style={canvas({ padding: space.page, backgroundColor: colors.page, color: colors.ink })}>", "<div style={canvas({ padding: space.page, backgroundImage: `url(${photo}), url(${logo})`, backgroundSize: 'cover', color: colors.ink })}>");
    project.deck('p', deckText(THREE));
    const [report] = await project.build();
    const parts = path.relative(process.cwd(), path.join(dir, 'parts.tsx'));
    expect(report?.warnings).toEqual([
      `${parts}:${line + 1}:22: photo.jpg is 3000×2000, 6.0 million pixels for a 1080×1350 slide: every slide that draws it decodes all of them, which slows the build; save a copy no larger than it is drawn (at most 1080×1350 for the whole slide) and import that.`,
    ]);
    // The images' bytes, read as text, put U+FFFD and thousands of other characters into the subsets.
    const period = await preparePeriod(path.join(project.paths.data, 'p.yaml'), path.join(project.paths.output, 'p'), undefined, project.paths);
    expect(period.characters.has(0xfffd)).toBe(false);
  });
});
