/**
 * Images a template imports: a .gif is drawn like a .png; a photo far larger than the slide is
 * named with its size at its import line (every slide that draws it decodes all its pixels), and
 * one that is not the kind its name says, where it is drawn as nothing;
 * their bytes are no text, and no longer go into the font subsets as characters.
 */
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { deckText, THREE } from '../testing/decks.ts';
import { countColor, readRaw } from '../testing/images.ts';
import { makeProject, type TestProject } from '../testing/project.ts';
import { exifOrientation, imageSize } from './imageKinds.ts';
import { preparePeriod } from './preparePeriod.ts';

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#3366aa' } });

describe('images a template imports', () => {
  let project: TestProject | undefined;
  afterEach(() => project?.remove());

  it('reads the size a PNG or a JPEG (baseline or progressive) says it has', async () => {
    expect(imageSize(await solid(300, 200).png().toBuffer())).toEqual({ width: 300, height: 200 });
    expect(imageSize(await solid(301, 199).jpeg().toBuffer())).toEqual({ width: 301, height: 199, components: 3 });
    expect(imageSize(await solid(301, 199).toColourspace('cmyk').jpeg().toBuffer())).toEqual({ width: 301, height: 199, components: 4 });
    expect(imageSize(await solid(640, 480).jpeg({ progressive: true }).toBuffer())).toEqual({ width: 640, height: 480, components: 3 });
    expect(imageSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(await Promise.all([1, 3, 6, 8].map(async (orientation) => exifOrientation(await solid(30, 20).jpeg().withMetadata({ orientation }).toBuffer())))).toEqual([1, 3, 6, 8]);
    expect(exifOrientation(await solid(30, 20).jpeg().toBuffer())).toBeUndefined();
  });

  it('draws a .gif as it draws a .png (it was refused as one satori does not draw), an ending in capitals and a .jfif too', async () => {
    project = makeProject('gif-image');
    const dir = project.copyTemplates();
    // As a camera or Windows names them: esbuild had "no loader" for ".GIF" (nor ".JPG"), nor
    // for the ".jfif" Windows saves a JPEG from a web page as.
    writeFileSync(path.join(dir, 'STAMP.GIF'), await sharp({ create: { width: 4, height: 4, channels: 3, background: '#ee3333' } }).gif().toBuffer());
    writeFileSync(path.join(dir, 'photo.jfif'), await sharp({ create: { width: 8, height: 8, channels: 3, background: '#2255cc' } }).jpeg().toBuffer());
    project.editTemplate('Closing.tsx', "import { theme } from './theme.ts';", "import { theme } from './theme.ts';\nimport stamp from './STAMP.GIF';\nimport photo from './photo.jfif';");
    project.editTemplate('Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", "<img src={stamp} width={80} height={80} />\n            <img src={photo} width={80} height={80} />\n            <div style={{ display: 'flex', width: bars.closing.width");
    project.deck('p', deckText(THREE));
    await project.build();
    const closing = await readRaw(path.join(project.paths.output, 'p', '05-closing.png'));
    expect(countColor(closing, [0xee, 0x33, 0x33], 4)).toBeGreaterThan(80 * 80 * 0.9);
    expect(countColor(closing, [0x22, 0x55, 0xcc], 12)).toBeGreaterThan(80 * 80 * 0.9);
  });

  it('names an import written in other capitals than its file at the import, and draws one whose Hangul name a Mac stored in letters', async () => {
    project = makeProject('image-names');
    const dir = project.copyTemplates();
    writeFileSync(path.join(dir, 'Stamp.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="#ee3333"/></svg>');
    const { file, line } = project.editTemplate('Closing.tsx', "import { theme } from './theme.ts';", "import { theme } from './theme.ts';\nimport stamp from './stamp.svg';");
    project.editTemplate('Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", "<img src={stamp} width={80} height={80} />\n            <div style={{ display: 'flex', width: bars.closing.width");
    project.deck('p', deckText(THREE));
    // Was: node_modules/esbuild/lib/main.js:1552:28 "ENOENT: no such file or directory" (a .png: "Cannot read file").
    const [problem] = (await project.buildFails()).problems;
    expect([problem?.place, problem?.message, problem?.hint]).toEqual([
      { file: path.relative(process.cwd(), file), line: line + 1, col: 19 },
      'the template cannot be compiled: "./stamp.svg": the file is named "Stamp.svg", not "stamp.svg"',
      'Write the name with the file\'s own capitals ("Stamp.svg"): Linux, where builds may run, tells them apart.',
    ]);
    // 도장.svg, its name in letters (NFD), imported as typed (in syllables): esbuild found no such file.
    renameSync(path.join(dir, 'Stamp.svg'), path.join(dir, '도장.svg'.normalize('NFD')));
    project.editTemplate('Closing.tsx', "'./stamp.svg'", "'./도장.svg'");
    await project.build();
    const closing = await readRaw(path.join(project.paths.output, 'p', '05-closing.png'));
    expect(countColor(closing, [0xee, 0x33, 0x33], 4)).toBeGreaterThan(80 * 80 * 0.9);
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

  it('names one that is not the kind of image its name says, at the line that imports it (it was drawn as nothing)', async () => {
    project = makeProject('unreadable-image');
    const dir = project.copyTemplates();
    const { line } = project.editTemplate('Closing.tsx', "import { theme } from './theme.ts';", "import { theme } from './theme.ts';\nimport logo from './logo.png';");
    project.editTemplate('Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", "<img src={logo} width={120} height={40} />\n            <div style={{ display: 'flex', width: bars.closing.width");
    project.deck('p', deckText(THREE));
    const problemWith = async (data: Buffer | string) => {
      writeFileSync(path.join(dir, 'logo.png'), data);
      return (await project!.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message, p.hint]);
    };
    expect(await problemWith(await solid(120, 40).jpeg().toBuffer())).toEqual([[line + 1, 21, 'logo.png is a JPEG image named .png: satori reads it as PNG and would draw nothing there', 'Rename it to logo.jpg, and the import with it.']]);
    const unreadable = (why: string) => [[line + 1, 21, `logo.png is not a PNG image (it does not start like one: ${why}): satori would draw nothing there`, 'Save the image again as .png or .jpg (or .svg) from an image editor, and import that file.']];
    expect(await problemWith('<!DOCTYPE html><html></html>')).toEqual(unreadable('damaged, or another kind of file'));
    expect(await problemWith('')).toEqual(unreadable('it is empty'));
    // A printer's JPEG: resvg drew nothing of it.
    project.editTemplate('Closing.tsx', "import logo from './logo.png';", "import logo from './logo.jpg';");
    writeFileSync(path.join(dir, 'logo.jpg'), await solid(120, 40).toColourspace('cmyk').jpeg().toBuffer());
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message, p.hint])).toEqual([[line + 1, 21, 'logo.jpg is a CMYK JPEG (colours for print): resvg would draw nothing there', 'Save it in RGB colours (in Photoshop: Image > Mode > RGB Color, then save; or export it for the web) and import that.']]);
    // A phone's photo, stored as the sensor saw it: drawn on its side.
    writeFileSync(path.join(dir, 'logo.jpg'), await solid(120, 40).jpeg().withMetadata({ orientation: 6 }).toBuffer());
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.message])).toEqual([[line + 1, 'logo.jpg is stored on its side (its EXIF orientation, 6, tells photo viewers to set it right): satori draws it as stored']]);
    project.editTemplate('Closing.tsx', "import logo from './logo.jpg';", "import logo from './logo.png';");
    expect(project.files('p')).toEqual([]);
    // An SVG resvg cannot parse was drawn as nothing; one without a size failed in satori, naming no file.
    project.editTemplate('Closing.tsx', "import logo from './logo.png';", "import logo from './logo.svg';");
    const svg = async (text: string) => {
      writeFileSync(path.join(dir, 'logo.svg'), text);
      return (await project!.buildFails()).problems.map((p) => [p.place.line, p.message, p.hint]);
    };
    expect(await svg('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">\n  <rect width="120" height="40" fill="#3366aa">\n</svg>\n')).toEqual([[line + 1, 'logo.svg cannot be drawn: <rect> at line 2 is closed by </svg> at line 3, not by </rect> (resvg would draw nothing there)', 'Export it again from the design tool, or mend it in a text editor.']]);
    expect(await svg('<svg xmlns="http://www.w3.org/2000/svg"><rect width="120" height="40" fill="#3366aa"/></svg>')).toEqual([[line + 1, 'logo.svg cannot be drawn: its <svg> tag has neither a viewBox nor a width and a height, and satori cannot size it', 'Add viewBox="0 0 W H" to its <svg> tag, with its width and height (design tools write it when they export).']]);
    // Its name left as text: resvg, given no font, drew the rest without it.
    const named = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">\n  <rect width="40" height="40" fill="#3366aa"/>\n  <text x="48" y="28" font-size="20"><tspan>은평구</tspan> <tspan>Eunpyeong</tspan></text>\n</svg>\n';
    expect(await svg(named)).toEqual([[line + 1, 'logo.svg cannot be drawn whole: its text "은평구 Eunpyeong" (<text> at line 3) would not show: resvg draws the text of an image with no font', 'Turn its text into outlines in the design tool (Illustrator: Type > Create Outlines; Figma: export with "Outline text" on) and export it again, or write the text in the template, where it is drawn and checked like the rest.']]);
    // Illustrator's "linked" picture: resvg, given the SVG alone, drew the rest without it.
    expect(await svg('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 40">\n  <image width="120" height="40" xlink:href="photo.png"/>\n</svg>\n')).toEqual([[line + 1, 'logo.svg cannot be drawn whole: its <image> at line 2 links to "photo.png" instead of holding the picture, and resvg would draw nothing there', 'Embed the picture in the SVG when exporting it (Illustrator: Embed in the Links panel, or "Embed" in the SVG options), or import the picture itself into the template.']]);
    // Illustrator names a Korean file's layer in Korean: satori failed on the Hangul of its URL ("Invalid character", no file named).
    writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" id="레이어_1" data-name="레이어 1" viewBox="0 0 120 40"><rect width="120" height="40" fill="#3366aa"/></svg>');
    await project.build();
    expect(countColor(await readRaw(path.join(project.paths.output, 'p', '05-closing.png')), [0x33, 0x66, 0xaa], 4)).toBeGreaterThan(120 * 40 * 0.9);
    project.editTemplate('Closing.tsx', "import logo from './logo.svg';", "import logo from './logo.png';");
    // Saved as what it is called, it is drawn.
    writeFileSync(path.join(dir, 'logo.png'), await solid(120, 40).png().toBuffer());
    await project.build();
    expect(countColor(await readRaw(path.join(project.paths.output, 'p', '05-closing.png')), [0x33, 0x66, 0xaa], 4)).toBeGreaterThan(120 * 40 * 0.9);
  });
});
