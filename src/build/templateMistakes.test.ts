/**
 * A designer's mistakes in a template or theme, reported by a build at the file, line and column
 * that make them, with nothing written: syntax and thrown errors, a missing file, font or
 * import, a theme value out of bounds, text a template writes that is cut off or sticks out, a
 * character no font has. (What satori would draw wrong without a word: treeErrors.test.ts.)
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../testing/fixtures.ts';
import { deckText, THREE } from '../testing/decks.ts';
import { countColor, hexToRgb, readRaw } from '../testing/images.ts';
import { exampleDeck, makeProject, namesWith, type TestProject } from '../testing/project.ts';
import { subsetFonts } from '../render/subsetFont.ts';

describe('template mistakes', () => {
  let project: TestProject;
  afterEach(() => project.remove());

  it('reports a syntax error in a template with its file, line and column, and writes nothing', async () => {
    project = makeProject('inc-syntax');
    project.deck('p', deckText(THREE));
    const dir = project.copyTemplates();
    const file = path.join(dir, 'Case.tsx');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('<Page frame={props.frame}>'));
    lines[at] = lines[at]?.replace('<Page frame={props.frame}>', '<Page frame={props.frame}>{') ?? '';
    writeFileSync(file, lines.join('\n'));
    const error = await project.buildFails();
    const [problem] = error.problems;
    expect(problem?.place.file).toBe(path.relative(process.cwd(), file));
    expect(problem?.place.line).toBeGreaterThan(at);
    expect(problem?.message).toMatch(/^the template cannot be compiled: /);
    expect(project.files('p')).toEqual([]);
  });

  it("names a comma left out of theme.ts where it is missing: esbuild named the key on the next line", async () => {
    project = makeProject('inc-comma');
    project.deck('p', deckText(THREE));
    const { file } = project.editTemplate('theme.ts', "page: '#EAF0F8',", "page: '#EAF0F8'");
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes("page: '#EAF0F8'")) + 1;
    const [problem] = (await project.buildFails()).problems;
    expect([problem?.place.file, problem?.place.line, problem?.place.col, problem?.message, problem?.sourceLine]).toEqual([path.relative(process.cwd(), file), line, 20, `the template cannot be compiled: a comma is missing at the end of this line, before "card" on line ${line + 1}`, "    page: '#EAF0F8'"]);
    expect(project.files('p')).toEqual([]);
  });

  it("says to quote a colour name written as in CSS: it was only 'white is not defined'", async () => {
    project = makeProject('inc-unquoted');
    project.deck('p', deckText(THREE));
    const { file } = project.editTemplate('theme.ts', "page: '#EAF0F8',", 'page: white,');
    const [problem] = (await project.buildFails()).problems;
    expect([problem?.place.file, problem?.sourceLine, problem?.message, problem?.hint]).toEqual([path.relative(process.cwd(), file), '    page: white,', 'the template cannot be loaded: white is not defined', "Write it in quotes, as a text: 'white'. Without quotes, a word is the name of something the code defines, and nothing here is named white."]);
  });

  it('reports an error thrown by a template as that template\'s mistake, and writes nothing', async () => {
    project = makeProject('inc-throw');
    const dir = project.copyTemplates();
    const closing = path.join(dir, 'Closing.tsx');
    writeFileSync(closing, readFileSync(closing, 'utf8').replace('export default function Closing({ frame, lines }: ClosingProps) {', "export default function Closing({ frame, lines }: ClosingProps) {\n  if (lines[0] === 'BOOM') throw new Error('lines is not what I expected');"));
    project.deck('p', deckText(THREE).replace('감사합니다', 'BOOM'));
    const error = await project.buildFails();
    // Its place is the line that threw, in the designer's file (the bundle's source map).
    const lines = readFileSync(closing, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes("throw new Error('lines is not what I expected')"));
    const place = { file: path.relative(process.cwd(), closing), line: line + 1, col: (lines[line] ?? '').indexOf('new Error') + 1 };
    expect(error.problems.map((p) => [p.place, p.message, p.sourceLine])).toEqual([[place, 'the closing template failed while drawing a slide: lines is not what I expected', lines[line]]]);
    expect(project.files('p')).toEqual([]);
  });

  it('says that a React hook does not work in a template, at its line (satori said "reading \'useState\'")', async () => {
    project = makeProject('inc-hook');
    project.deck('p', deckText(THREE));
    project.editTemplate('Case.tsx', "import { theme } from './theme.ts';", "import { theme } from './theme.ts';\nimport { useState } from 'react';");
    const { line } = project.editTemplate('Case.tsx', '  const { size } = props;', '  const { size } = props;\n  const [open] = useState(true);');
    const [problem] = (await project.buildFails()).problems;
    expect([problem?.place.line, problem?.place.col, problem?.message, problem?.hint]).toEqual([
      line + 1,
      18,
      "the case template failed while drawing a slide: Cannot read properties of null (reading 'useState')",
      "React's useState does not work in a template: satori calls each component once to draw a slide, with no state and no effects. Compute the value in the component instead.",
    ]);
  });

  it('says which case a case template failed on: the one it fails on, or the first when it fails on every one', async () => {
    project = makeProject('inc-one-case');
    const { line } = project.editTemplate('Case.tsx', '  const { size } = props;', '  const { size } = props;\n  const badgeWidth = props.award.length * 10;');
    project.deck('p', deckText(THREE).replace('  - award: 우수\n    title: 나 사례', '  - title: 나 사례'));
    const [problem] = (await project.buildFails()).problems;
    expect([problem?.place.line, problem?.message, problem?.hint]).toEqual([line + 1, "the case template failed while drawing a slide: Cannot read properties of undefined (reading 'length')", 'Fix the template (or a style satori does not support) and build again. It failed on case 2, "나 사례".']);
    // Failing on every case, it is named with the first, not with whichever a worker failed on
    // first (here case 2, as case 1 takes a while).
    project.editTemplate('Case.tsx', '  const badgeWidth = props.award.length * 10;', "  const until = Date.now() + (props.caseNumber === 1 ? 400 : 0);\n  while (Date.now() < until);\n  if (props.title !== '') throw new Error('no title yet');");
    const [every] = (await project.buildFails()).problems;
    expect(every?.hint).toBe('Fix the template (or a style satori does not support) and build again. It failed on case 1, "가 사례".');
  });

  it('says why a theme font cannot be found: the package missing, a wrong path, a name with other capitals', async () => {
    project = makeProject('inc-font-path');
    project.deck('p', deckText(THREE));
    const gov = 'pretendard-gov/dist/public/static/alternative/PretendardGOV-Bold.ttf';
    const { line } = project.editTemplate('theme.ts', "npm: gov('Bold')", "npm: 'pretendard/dist/public/static/Pretendard-Bold.otf'");
    const problemOf = async () => (await project.buildFails()).problems.map((p) => [p.place.line, p.message, p.hint]);
    expect(await problemOf()).toEqual([[line, 'the font "pretendard/dist/public/static/Pretendard-Bold.otf" cannot be found: the package pretendard is not installed', 'Install it (npm install pretendard), or write the path of a font from an installed package.']]);
    project.editTemplate('theme.ts', "npm: 'pretendard/dist/public/static/Pretendard-Bold.otf'", `npm: '${gov.replace('Bold', 'Bld')}'`);
    expect(await problemOf()).toEqual([[line, `the font "${gov.replace('Bold', 'Bld')}" cannot be found: the package pretendard-gov has no such file`, `Did you mean "${gov}"? Check the path after "pretendard-gov/" against the files in node_modules/pretendard-gov/.`]]);
    copyFileSync(path.join(repoRoot, 'node_modules', gov), path.join(project.paths.fonts, 'PretendardGOV-Bold.ttf'));
    project.editTemplate('theme.ts', `npm: '${gov.replace('Bold', 'Bld')}'`, "file: 'pretendardgov-bold.ttf'");
    expect(await problemOf()).toEqual([[line, `there is no readable font file ${path.relative(process.cwd(), path.join(project.paths.fonts, 'pretendardgov-bold.ttf'))}`, 'Did you mean "PretendardGOV-Bold.ttf"? Names must match exactly, capitals included.']]);
    // A path to a folder outside fonts/ (a system font): what that folder has, or that it is not there.
    const shelf = path.join(project.root, 'shelf');
    mkdirSync(shelf);
    copyFileSync(path.join(repoRoot, 'node_modules', gov), path.join(shelf, 'PretendardGOV-Bold.ttf'));
    project.editTemplate('theme.ts', "file: 'pretendardgov-bold.ttf'", `file: '${path.join(shelf, 'NanumGothicBold.ttf')}'`);
    expect((await problemOf())[0]?.[2]).toBe(`${path.relative(process.cwd(), shelf)} has PretendardGOV-Bold.ttf: name one of those, or put the file there.`);
    project.editTemplate('theme.ts', `file: '${path.join(shelf, 'NanumGothicBold.ttf')}'`, `file: '${path.join(shelf, 'nanum', 'NanumGothicBold.ttf')}'`);
    expect((await problemOf())[0]?.[2]).toBe(`There is no folder ${path.relative(process.cwd(), path.join(shelf, 'nanum'))}: check the path, or put the font file into ${path.relative(process.cwd(), project.paths.fonts)}/ and name it alone.`);
    // A theme written on Windows, built elsewhere: its path, and its backslashes, are Windows' own.
    const fonts = `${path.relative(process.cwd(), project.paths.fonts)}/`;
    project.editTemplate('theme.ts', `file: '${path.join(shelf, 'nanum', 'NanumGothicBold.ttf')}'`, String.raw`file: 'C:\\Windows\\Fonts\\NanumGothicBold.ttf'`);
    expect((await problemOf())[0]?.[2]).toBe(`That is a path on a Windows computer, and this one is not: copy the font file into ${fonts} and write its name alone ("NanumGothicBold.ttf"), which every computer that builds the project finds.`);
    project.editTemplate('theme.ts', String.raw`file: 'C:\\Windows\\Fonts\\NanumGothicBold.ttf'`, String.raw`file: 'nanum\\NanumGothicBold.ttf'`);
    expect((await problemOf())[0]?.[2]).toBe(String.raw`Write the path with / instead of \ ("nanum/NanumGothicBold.ttf"): a \ separates folders on Windows only.`);
    // Its path from the project, where its name in fonts/ goes.
    project.editTemplate('theme.ts', String.raw`file: 'nanum\\NanumGothicBold.ttf'`, "file: 'fonts/PretendardGOV-Bold.ttf'");
    expect((await problemOf())[0]?.[2]).toBe(`A font file is named as it is in ${path.relative(process.cwd(), project.paths.fonts)}/, without the folder: write "PretendardGOV-Bold.ttf".`);
    project.editTemplate('theme.ts', "file: 'fonts/PretendardGOV-Bold.ttf'", "file: 'PretendardGOV-Bold.ttf'");
    expect((await project.build())[0]?.slides.length).toBe(5);
  });

  it('names each font entry at its line when the theme makes the paths with a function, as the default does', async () => {
    project = makeProject('inc-font-made');
    project.deck('p', deckText(THREE));
    // The default theme with another package put into its gov(): the entries were all named at `fonts:`.
    const { file } = project.editTemplate('theme.ts', 'pretendard-gov/dist/public/static/alternative/PretendardGOV-${file}.ttf', 'pretendard/dist/public/static/Pretendard-${file}.otf');
    const lines = readFileSync(file, 'utf8').split('\n');
    const lineOf = (weight: number) => lines.findIndex((l) => l.includes(`weight: ${weight}`)) + 1;
    const problems = async () => (await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message]);
    const missing = (name: string) => `the font "pretendard/dist/public/static/Pretendard-${name}.otf" cannot be found: the package pretendard is not installed`;
    expect(await problems()).toEqual([[lineOf(400), 5, missing('Regular')], [lineOf(700), 5, missing('Bold')], [lineOf(800), 5, missing('ExtraBold')]]);
    // A second Regular made the same way: at its own line (it was the first entry's, where the family is written first).
    const original = readFileSync(file, 'utf8');
    const regular = "    { family: 'Pretendard GOV', weight: 400, npm: gov('Regular') },";
    writeFileSync(file, original.replace('pretendard/dist/public/static/Pretendard-${file}.otf', 'pretendard-gov/dist/public/static/alternative/PretendardGOV-${file}.ttf').replace(`${regular}\n`, `${regular}\n${regular}\n`));
    const second = (await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message]);
    expect(second).toEqual([[lineOf(400) + 1, 5, "font 2 of the theme's fonts is a second font of Pretendard GOV at weight 400: satori draws each weight of a family with one font, the first, so this one would never be drawn"]]);
    // An entry without its family: at its line, not at the list.
    writeFileSync(file, original.replace("{ family: 'Pretendard GOV', weight: 700,", '{ weight: 700,'));
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.message])).toEqual([[lineOf(700), "font 2 of the theme's fonts has no \"family\""]]);
    writeFileSync(file, original);
    // Entries written on one line have no line of their own: named at the list.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/fonts: \[[^\]]*\]/, (list) => list.replace(/\n\s*/g, ' ')));
    const list = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('fonts: [')) + 1;
    expect(await problems()).toEqual([[list, 3, missing('Regular')], [list, 3, missing('Bold')], [list, 3, missing('ExtraBold')]]);
  });

  it('names a template file that is missing from a template folder', async () => {
    project = makeProject('inc-missing');
    const dir = project.copyTemplates();
    rmSync(path.join(dir, 'Closing.tsx'));
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    expect(error.problems.map((p) => `${p.place.file}: ${p.message}`)).toEqual([`${path.relative(process.cwd(), path.join(dir, 'Closing.tsx'))}: this template file is missing: a template folder needs theme.ts, Cover.tsx, Case.tsx, Closing.tsx`]);
    // A new look started as a copy of the project's own default: the hint names that one.
    const mine = path.join(project.paths.templates, 'mine');
    mkdirSync(mine);
    copyFileSync(path.join(dir, 'theme.ts'), path.join(mine, 'theme.ts'));
    project.deck('q', `theme: mine\n${deckText(THREE)}`);
    const fresh = await project.buildFails({ targets: ['q'] });
    // (Closing.tsx, which that one lacks too, from the one cardnews comes with.)
    const from = (folder: string) => `Copy it from ${path.relative(process.cwd(), folder)} and adapt it.`;
    expect(fresh.problems.map((p) => p.hint)).toEqual([from(dir), from(dir), from(path.join(repoRoot, 'templates', 'default'))]);
    rmSync(path.join(project.paths.data, 'q.yaml'));
    // A component that lost its "export default": at its declaration.
    const cover = path.join(dir, 'Cover.tsx');
    copyFileSync(path.join(repoRoot, 'templates', 'default', 'Closing.tsx'), path.join(dir, 'Closing.tsx'));
    writeFileSync(cover, readFileSync(cover, 'utf8').replace('export default function Cover(', 'function Cover('));
    const line = readFileSync(cover, 'utf8').split('\n').findIndex((l) => l.startsWith('function Cover(')) + 1;
    const unexported = await project.buildFails();
    expect(unexported.problems.map((p) => [p.place, p.message, p.hint])).toEqual([[{ file: path.relative(process.cwd(), cover), line, col: 1 }, 'Cover.tsx has no default export of a component', 'Write "export default" before "function Cover".']]);
    // One written as an arrow function (it was named at the file, with no line).
    writeFileSync(cover, readFileSync(cover, 'utf8').replace('function Cover({ frame, kicker, title }: CoverProps) {', 'const Cover = ({ frame, kicker, title }: CoverProps) => {'));
    const arrow = await project.buildFails();
    expect(arrow.problems.map((p) => [p.place, p.hint])).toEqual([[{ file: path.relative(process.cwd(), cover), line, col: 1 }, 'Write "export default Cover;" below it.']]);
  });

  it('checks the theme: a missing key at the theme\'s declaration, a value out of bounds or not a number at its line', async () => {
    project = makeProject('inc-theme-check');
    const theme = path.join(project.copyTemplates(), 'theme.ts');
    const original = readFileSync(theme, 'utf8');
    const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    project.deck('p', deckText(THREE));
    const problemOf = async () => (await project.buildFails()).problems.map((p) => [p.place.line, p.message]);
    writeFileSync(theme, original.replace('  safeMargin: 56,\n', ''));
    expect(await problemOf()).toEqual([[lineOf(original, 'export const theme'), 'the theme has no "safeMargin"']]);
    writeFileSync(theme, original.replace('bodyMin: 36', 'bodyMin: 30'));
    expect(await problemOf()).toEqual([[lineOf(original, 'bodyMin'), 'fit.bodyMin is 30 px, below the readable minimum of 36 px']]);
    // A wider slide is shown shrunk to a phone's width, so its minimum grows with it; the hint
    // gave 36 to a 1920-wide theme whose 36 had just been refused.
    writeFileSync(theme, original.replace('width: 1080', 'width: 1920'));
    const wide = (await project.buildFails()).problems.map((p) => [p.place.line, p.message, p.hint]);
    expect(wide).toEqual([[lineOf(original, 'bodyMin'), 'fit.bodyMin is 36 px, below the readable minimum of 64 px (36 px on a 1080-wide slide, and this one is 1920 wide)', 'Raise fit.bodyMin to at least 64.']]);
    // Values satori would take without a word and draw wrong: a slide 0 px wide, a colour with a
    // digit missing (resvg paints it black), a size in quotes, a title allowed no line at all.
    const mistakes: [string, string, string, string][] = [
      ['width: 1080', 'width: 0', 'width:', "the theme's width is 0: it must be a whole number of pixels from 100 to 4320"],
      ['safeMargin: 56', 'safeMargin: -5', 'safeMargin', "the theme's safeMargin is -5: it must be a number of pixels from 0 to less than half the slide"],
      ["page: '#EAF0F8'", "page: '#EAF0F'", 'page:', '"#EAF0F" is not a colour: a colour in # is written with 3, 4, 6 or 8 hexadecimal digits'],
      ['body: 40,', "body: '40px',", 'fit:', 'fit.body is "40px": it must be a size in pixels, a number above 0'],
      ['titleMaxLines: 3', 'titleMaxLines: 0', 'titleMaxLines', 'fit.titleMaxLines is 0: it must be a whole number of lines, at least 1'],
      // satori draws a family it does not have in the first font it has.
      ["fontFamily: 'Pretendard GOV'", "fontFamily: 'Noto Sans KR, sans-serif'", 'fontFamily:', 'fontFamily "Noto Sans KR, sans-serif" names none of the theme\'s fonts (Pretendard GOV): satori would draw that text in Pretendard GOV instead'],
      // A marker left out failed inside the build ("internal error: text2 is not iterable").
      ["markers: { heading: '✔️', bullet: '🔹' }", "markers: { heading: '✔️' }", 'markers:', 'markers.bullet of the theme is missing: it must be a text (empty for none)'],
      ["markers: { heading: '✔️', bullet: '🔹' }", 'markers: null', 'markers:', 'markers of the theme is null: it must be { heading: …, bullet: … }'],
      // A name that a font file's path above it has in it: it was placed at that path.
      ["fontFamily: 'Pretendard GOV'", "fontFamily: 'Pretendard'", 'fontFamily:', 'fontFamily "Pretendard" names none of the theme\'s fonts (Pretendard GOV): satori would draw that text in Pretendard GOV instead'],
      ["fontFamily: 'Pretendard GOV'", 'fontFamily: 3', 'fontFamily:', 'fontFamily "3" names none of the theme\'s fonts (Pretendard GOV): satori would draw that text in Pretendard GOV instead'],
      ["weight: 700, npm: gov('Bold')", "weight: 'bold', npm: gov('Bold')", "gov('Bold')", 'font 2 of the theme\'s fonts (Pretendard GOV) has weight "bold": it must be one of 100, 200, … 900'],
      // One of the two was drawn without a word.
      ["weight: 700, npm: gov('Bold')", "weight: 700, npm: gov('Bold'), file: 'Bold.ttf'", "gov('Bold')", 'font 2 of the theme\'s fonts (Pretendard GOV, 700) names two files, "npm" and "file": a font entry is one file'],
    ];
    for (const [from, to, line, message] of mistakes) {
      expect(original).toContain(from);
      writeFileSync(theme, original.replace(from, to));
      expect(await problemOf(), to).toEqual([[lineOf(original, line), message]]);
    }
    // An entry without its family and a weight of any text: named at the entry's line, not as
    // "(undefined)"; a bracket in the weight was an internal error ("Unterminated group").
    writeFileSync(theme, original.replace("{ family: 'Pretendard GOV', weight: 700, npm: gov('Bold') }", "{ weight: '700 (', npm: gov('Bold') }"));
    expect(await problemOf()).toEqual([
      [lineOf(original, "weight: 700, npm: gov('Bold')"), 'font 2 of the theme\'s fonts has no "family"'],
      [lineOf(original, "weight: 700, npm: gov('Bold')"), 'font 2 of the theme\'s fonts has weight "700 (": it must be one of 100, 200, … 900'],
    ]);
    // Several at once are named at once, in the order of their lines (the first stopped the check).
    writeFileSync(theme, original.replace('safeMargin: 56', 'safeMargin: -5').replace('titleMaxLines: 3', 'titleMaxLines: 0').replace('bodyMin: 36', 'bodyMin: 30').replace("page: '#EAF0F8'", "page: '#EAF0F'"));
    expect(await problemOf()).toEqual([
      [lineOf(original, 'safeMargin'), "the theme's safeMargin is -5: it must be a number of pixels from 0 to less than half the slide"],
      [lineOf(original, 'bodyMin'), 'fit.bodyMin is 30 px, below the readable minimum of 36 px'],
      [lineOf(original, 'titleMaxLines'), 'fit.titleMaxLines is 0: it must be a whole number of lines, at least 1'],
      [lineOf(original, 'page:'), '"#EAF0F" is not a colour: a colour in # is written with 3, 4, 6 or 8 hexadecimal digits'],
    ].sort((a, b) => Number(a[0]) - Number(b[0])));
    // A token calculated from a misspelt one, or divided by 0: <Words> failed at the cover's, with no line.
    writeFileSync(theme, original.replace('export const theme = {', 'const lead = { title: 1.2 };\nexport const theme = {').replace('coverTitle: 1.2 }', 'coverTitle: lead.titel * 1 }').replace('coverPadding: 80', 'coverPadding: 80 / 0'));
    expect(await problemOf()).toEqual([
      [lineOf(original, 'coverKicker: 1.35') + 1, "the theme's lineHeight.coverTitle is NaN: a calculation with something that has no value, or a division by 0"],
      [lineOf(original, 'coverPadding: 80') + 1, "the theme's space.coverPadding is Infinity: a calculation with something that has no value, or a division by 0"],
    ]);
    // A label that starts with "#" is text, not a colour gone wrong.
    writeFileSync(theme, original.replace("continued: '(계속)'", "continued: '(계속)', tag: '#적극행정', english: '#ActiveAdmin'"));
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(5);
  });

  it('says when a case template no longer marks the body it is measured by', async () => {
    project = makeProject('inc-unmarked');
    const caseFile = path.join(project.copyTemplates(), 'Case.tsx');
    const original = readFileSync(caseFile, 'utf8');
    const declared = original.split('\n').findIndex((l) => l.includes('function Case(')) + 1;
    project.deck('p', deckText(THREE));
    const problemsWithout = async (...marks: string[]) => {
      writeFileSync(caseFile, marks.reduce((text, mark) => text.replace(` data-fit="${mark}"`, ''), original));
      return (await project.buildFails()).problems.map((p) => `${p.place.file}:${p.place.line}: ${p.message}`);
    };
    const rule = '(it needs data-fit="frame" on the box the body may fill, and data-fit="content" on the body inside it)';
    // At the component's declaration: the marks are somewhere inside it.
    expect(await problemsWithout('frame', 'content')).toEqual([`${path.relative(process.cwd(), caseFile)}:${declared}: the case template marks no body to measure: it has no data-fit="frame" and data-fit="content" ${rule}`]);
    expect(await problemsWithout('content')).toEqual([`${path.relative(process.cwd(), caseFile)}:${declared}: the case template marks no body to measure: it has no data-fit="content" ${rule}`]);
    // Without its frame, the body has no room: said as such, not as every bullet too tall for 0 px.
    expect(await problemsWithout('frame')).toEqual([`${path.relative(process.cwd(), caseFile)}:${declared}: the case template marks no body to measure: it has no data-fit="frame" ${rule}`]);
    expect(project.files('p')).toEqual([]);
    // A closing needs no marks, but one with content and no frame lost it: not "has 0 px".
    writeFileSync(caseFile, original);
    const closing = project.editTemplate('Closing.tsx', ' data-fit="frame"', '');
    const closingDeclared = closing.original.split('\n').findIndex((l) => l.includes('function Closing(')) + 1;
    expect((await project.buildFails()).problems.map((p) => `${p.place.file}:${p.place.line}: ${p.message}`)).toEqual([`${path.relative(process.cwd(), closing.file)}:${closingDeclared}: the closing template marks no body to measure: it has no data-fit="frame" ${rule}`]);
  });

  it('says a title takes 2 lines where the theme allows 1 (it said "1 lines")', async () => {
    project = makeProject('theme-one-line');
    project.copyTemplates();
    project.editTemplate('theme.ts', 'titleMaxLines: 3', 'titleMaxLines: 1');
    project.deck('p', deckText(['은빛SOL메이트 운영으로 1인가구 고립 예방과 돌봄 강화', '나 사례']));
    const [problem] = (await project.buildFails()).problems;
    expect(problem?.message).toMatch(/ title does not fit in 1 line at 1080×1350 \(takes 2 lines even at 44 px\)$/);
  });

  it('draws no "(계속)" pill when the theme writes the label empty (an empty pill was drawn beside the badge)', async () => {
    project = makeProject('inc-no-label');
    project.editTemplate('theme.ts', "continued: '(계속)'", "continued: ''");
    project.deck('2024-h2', exampleDeck());
    await project.build();
    const raw = await readRaw(path.join(project.paths.output, '2024-h2', '03-case1-2.png'));
    // Right of the award badge, where the pill was: the card's white, none of the pill's soft blue.
    expect(countColor(raw, hexToRgb('#E3ECFA'), 6, { left: 240, top: 190, width: 200, height: 60 })).toBe(0);
  });

  it('gives a theme marker written empty no column: the heading starts at the edge of the card', async () => {
    project = makeProject('inc-no-marker');
    project.editTemplate('theme.ts', "heading: '✔️'", "heading: ''");
    project.deck('p', deckText(THREE));
    await project.build();
    const raw = await readRaw(path.join(project.paths.output, 'p', '02-case1.png'));
    // Where the marker's column was (the card's inner edge, 116 px, and the next ~55 px): now the
    // heading's first letters, in the accent colour.
    expect(countColor(raw, hexToRgb('#1F4FA8'), 8, { left: 116, top: 400, width: 50, height: 500 })).toBeGreaterThan(500);
  });

  it('draws an image a template imports, redraws its slides when it changes, and refuses one from the network', async () => {
    project = makeProject('inc-image');
    const cover = path.join(project.copyTemplates(), 'Cover.tsx');
    const logo = path.join(path.dirname(cover), 'logo.png');
    const solid = (background: string) => sharp({ create: { width: 120, height: 40, channels: 4, background } }).png().toFile(logo);
    await solid('#ff0000');
    const original = readFileSync(cover, 'utf8');
    const organization = "<Words text={frame.organization ?? ''} fontSize={size.coverMeta} lineHeight={lineHeight.meta} style={{ color: colors.coverKicker, flexShrink: 1 }} />";
    expect(original).toContain(organization);
    const withImage = (src: string) =>
      original.replace("import { theme } from './theme.ts';", `import { theme } from './theme.ts';\nimport logo from './logo.png';`).replace(organization, `<img src={${src}} width={120} height={40} />`);
    writeFileSync(cover, withImage('logo'));
    project.deck('p', deckText(THREE));
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(5);
    const red = countColor(await readRaw(path.join(project.paths.output, 'p', '01-cover.png')), [255, 0, 0], 8);
    expect(red).toBeGreaterThan(120 * 40 * 0.9);
    await solid('#00ff00');
    expect(namesWith(await project.build(), 'rendered')).toEqual(['p/01-cover']);
    // From the network: refused before satori would fetch it, at the line that writes it.
    writeFileSync(cover, withImage('"https://example.invalid/logo.png"'));
    const error = await project.buildFails();
    const lines = readFileSync(cover, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('https://example.invalid/logo.png'));
    expect(error.problems.map((p) => [p.place, p.message])).toEqual([
      [{ file: path.relative(process.cwd(), cover), line: line + 1, col: (lines[line] ?? '').indexOf('https://') + 1 }, 'the cover template draws an image from https://example.invalid/logo.png, which cardnews does not fetch: it works offline'],
    ]);
  });

  it('refuses at its line what a template imports that satori cannot use, and says what to do about a missing one', async () => {
    project = makeProject('inc-imports');
    const caseFile = path.join(project.copyTemplates(), 'Case.tsx');
    const original = readFileSync(caseFile, 'utf8');
    writeFileSync(path.join(path.dirname(caseFile), 'case.css'), '.title { color: red }');
    project.deck('p', deckText(THREE));
    const problemFor = async (line: string) => {
      writeFileSync(caseFile, `${line}\n${original}`);
      const [problem] = (await project.buildFails()).problems;
      return [problem?.place.line, problem?.place.col, problem?.message, problem?.hint];
    };
    // A stylesheet went into a file of its own that nothing read: unstyled slides, without a word.
    expect(await problemFor("import './case.css';")).toEqual([1, 8, 'the template cannot be compiled: satori does not read stylesheet files: "./case.css"', 'Write the styles on the elements, as style={{ … }} (see the default templates), or the rules into a <style> element of the component.']);
    expect(await problemFor("import photo from './photo.webp'; console.log(photo);")).toEqual([1, 19, 'the template cannot be compiled: satori draws .png, .jpg, .gif and .svg images only (a .webp comes out blank): "./photo.webp"', 'Save the image as .png or .jpg (or .svg) and import that.']);
    // A logo read with fs, as satori's examples read one: the slides stayed as they were after it changed.
    const fsHint = "Import the file instead: import logo from './logo.png' gives an image as a data: URL for <img src={logo} />, import brand from './brand.json' its data; write a text into a .ts file (export const slogan = '…') and import that.";
    const fsMessage = (name: string) => `the template cannot be compiled: a template reads its files by importing them, not with fs (a build follows imports to know which slides a changed file draws again): "${name}"`;
    expect(await problemFor("import { readFileSync } from 'node:fs'; console.log(readFileSync);")).toEqual([1, 30, fsMessage('node:fs'), fsHint]);
    expect(await problemFor("const { readFile } = require('fs/promises'); console.log(readFile);")).toEqual([1, 30, fsMessage('fs/promises'), fsHint]);
    // A path written as Windows writes one: an import takes / between folders there too.
    expect(await problemFor(String.raw`import logo from '.\\images\\logo.png'; console.log(logo);`)).toEqual([1, 18, String.raw`the template cannot be compiled: Could not resolve ".\\images\\logo.png"`, String.raw`Write the path with / instead of \ ('./images/logo.png'): an import takes / between folders on every system.`]);
    expect(await problemFor("import clsx from '@acme/clsx/lite'; console.log(clsx);")).toEqual([1, 18, 'the template cannot be compiled: Could not resolve "@acme/clsx/lite"', 'Install the package into the project (npm install @acme/clsx), or take the import out.']);
    // As every template says when theme.ts's `export const theme` was renamed.
    const theme = path.relative(process.cwd(), path.join(path.dirname(caseFile), 'theme.ts'));
    expect(await problemFor("import { palette } from './theme.ts'; console.log(palette);")).toEqual([1, 10, `the template cannot be compiled: No matching export in "${theme}" for import "palette"`, 'theme.ts exports nothing named "palette": export it there (export const palette = …), or import a name it exports.']);
    // A name cardnews's own module lacks was told to be exported there, in "src/template.ts".
    expect(await problemFor("import { Word } from 'cardnews/template'; console.log(Word);")).toEqual([1, 10, 'the template cannot be compiled: No matching export in "cardnews/template" for import "Word"', 'Did you mean "Words"? cardnews/template gives Words, WordsProps, CaseProps, ClosingProps, CoverProps, FontSpec, SectionPart, SlideFrame, ThemeCore.']);
    expect(await problemFor("import { them } from './theme.ts'; console.log(them);")).toEqual([1, 10, `the template cannot be compiled: No matching export in "${theme}" for import "them"`, 'Did you mean "theme"? theme.ts exports nothing named "them": export it there (export const them = …), or import a name it exports.']);
    expect(project.files('p')).toEqual([]);
  });

  it("names the file of an export a template lacks as other messages do, for a project outside cardnews's folder", async () => {
    // esbuild wrote it from cardnews's folder: "../../tmp/…/theme.ts".
    project = makeProject('inc-export-outside', tmpdir());
    project.deck('p', deckText(THREE));
    const { file } = project.editTemplate('theme.ts', 'export const theme = {', 'const theme = {');
    const [problem] = (await project.buildFails()).problems;
    expect(problem?.message).toBe(`the template cannot be compiled: No matching export in "${file}" for import "theme"`);
  });

  it('says when a box with overflow: hidden cuts off text, which satori draws clipped without a word', async () => {
    project = makeProject('inc-clip');
    // A designer's card of fixed height: the last closing line falls below it, and was cut off.
    project.editTemplate('Closing.tsx', "flexDirection: 'column', flexShrink: 0, alignItems: 'center'", "flexDirection: 'column', flexShrink: 0, alignItems: 'center', height: 300, overflow: 'hidden'");
    project.deck('p', deckText(THREE).replace('    - 감사합니다\n', '    - 감사합니다\n    - 은평구의 적극행정은\n    - 언제나 ON\n    - 계속됩니다\n'));
    const error = await project.buildFails();
    // Each line it cuts off, at its own line of the deck, with the box that cuts it off: "more
    // lines than there is room for" had the lines shortened, where the card was the designer's.
    const last = deckText(THREE).split('\n').length + 2;
    const cut = (text: string) => new RegExp(`^the closing: "${text}" is cut off by \\d+ px at 1080×1350: the closing template draws it in a box 300 px high that hides what runs past it$`);
    expect(error.problems.map((p) => [p.place.line, p.message])).toEqual([[last - 1, expect.stringMatching(cut('언제나 ON'))], [last, expect.stringMatching(cut('계속됩니다'))]]);
    expect(error.problems[0]?.hint).toBe("Shorten the text to fit that box; or, in the template, make the box taller (its height or maxHeight) or take away its overflow: 'hidden'.");
    expect(project.files('p')).toEqual([]);
  });

  it('says when a text box is too low for the lines of its text, clipped or not (a title\'s second line was drawn over the text below it, or cut off, without a word)', async () => {
    project = makeProject('inc-low-title');
    const title = '아주 긴 제목이 두 줄에 걸쳐 있을 때 잘리는지 확인하는 사례입니다';
    project.deck('p', deckText(THREE).replace('가 사례', title));
    const titleLine = deckText(THREE).split('\n').findIndex((l) => l.includes('가 사례')) + 1;
    // The box is the template's: "more lines than there is room for" had the title shortened.
    const expected = [[titleLine, expect.stringMatching(new RegExp(`^case 1 "아주 긴 제목이 두 줄에 걸쳐 있을 때 잘…": "${title}" runs \\d+ px below its box at 1080×1350: the case template gives it a box 60 px high, too low for its lines$`))]];
    const { file, original } = project.editTemplate('Case.tsx', '<Words fit="title" text={props.title} fontSize={size.title} lineHeight={lineHeight.title} style={{', '<Words fit="title" text={props.title} fontSize={size.title} lineHeight={lineHeight.title} style={{ height: 60,');
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.message])).toEqual(expected);
    writeFileSync(file, original.replace('lineHeight={lineHeight.title} style={{', "lineHeight={lineHeight.title} style={{ height: 60, overflow: 'hidden',"));
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.message])).toEqual(expected);
    expect(project.files('p')).toEqual([]);
  });

  it('names the bullet whose second line a box cuts off, not the marker beside it (its outline started right of the marker, at the same top)', async () => {
    project = makeProject('inc-low-bullet');
    const long = '1번 사례의 첫 번째 내용은 한 줄에 다 들어가지 않을 만큼 아주 길게 쓴 글머리표입니다';
    project.deck('p', deckText(THREE).replace('1번 사례의 첫 번째 내용입니다', long));
    const line = deckText(THREE).split('\n').findIndex((l) => l.includes('1번 사례의 첫 번째')) + 1;
    project.editTemplate('Case.tsx', "<Words text={bullet} fontSize={body} lineHeight={lineHeight.body} style={{", "<Words text={bullet} fontSize={body} lineHeight={lineHeight.body} style={{ maxHeight: 50, overflow: 'hidden',");
    const problems = (await project.buildFails()).problems.map((p) => [p.place.file.endsWith('data/p.yaml'), p.place.line, p.place.col, p.message]);
    // Was: templates/…/theme.ts, the bullet marker's line, '"🔹" sticks out of its box by 760 px'.
    expect(problems).toEqual([[true, line, 13, expect.stringMatching(/^case 1 "가 사례": "1번 사례의 첫 번째 내용은 한 줄에 다 들어가지 않을 만큼 아주 길게…" runs \d\d px below its box at 1080×1350: the case template gives it a box 50 px high, too low for its lines$/)]]);
  });

  it('says when a transform draws text past a box that clips it, once at the transform\'s line; a tilted card or badge is drawn', async () => {
    project = makeProject('inc-transform');
    project.deck('p', deckText(THREE));
    // satori lays the bullets out, then scales them: the frame (overflow: hidden) cut them off.
    const { file, original, line } = project.editTemplate('Case.tsx', 'color: colors.body, fontWeight: 400 }}', "color: colors.body, fontWeight: 400, transform: 'scale(1.4)' }}");
    const col = (readFileSync(file, 'utf8').split('\n')[line - 1] ?? '').indexOf('scale(1.4)') + 1;
    const problems = (await project.buildFails()).problems.map((p) => [p.place.file.endsWith('Case.tsx'), p.place.line, p.place.col, p.message]);
    expect(problems).toEqual([[true, line, col, expect.stringMatching(/^the case template's transform: 'scale\(1\.4\)' draws "1번 사례의 첫 번째 내용입니다" \d+ px past a box that cuts off what it holds \(overflow: 'hidden'\), at 1080×1350: that part would not show \(so on 2 more slides\)$/)]]);
    expect(project.files('p')).toEqual([]);
    // The clip moves with the card: nothing is cut off.
    writeFileSync(file, original.replace("flexGrow: 1, minHeight: 0, padding: space.cardPadding", "flexGrow: 1, minHeight: 0, transform: 'rotate(2deg)', padding: space.cardPadding"));
    await project.build();
    expect(project.files('p')).toHaveLength(5);
    // The header's organization, in no clip, moved off the slide.
    project.editTemplate('parts.tsx', 'color: ink, marginRight: space.inlineGap }}', "color: ink, marginRight: space.inlineGap, transform: 'translateX(-80px)' }}");
    const messages = (await project.buildFails()).problems.map((p) => p.message);
    expect(messages).toEqual(['case', 'closing'].map((kind) => expect.stringMatching(new RegExp(`^the ${kind} template's transform: 'translateX\\(-80px\\)' draws "은평구" partly off the slide \\(\\d+ px past the theme's safeMargin of 56 px\\), at 1080×1350`))));
  });

  it('judges a label a transform sets right by where it is drawn, not where its box was laid out (right-aligned by translateX(-100%))', async () => {
    project = makeProject('inc-transform-back');
    project.deck('p', deckText(THREE));
    const label = (transform: string) => `<Page frame={frame}>\n      <div style={{ position: 'absolute', left: '100%', top: 200, transform: '${transform}', display: 'flex', fontSize: 30 }}>감사 인사</div>`;
    // Laid out past the slide's right edge, drawn back inside its margin: it was "sticks out of its box by 169 px".
    const { file, original } = project.editTemplate('Closing.tsx', '<Page frame={frame}>', label('translateX(-100%) translateX(-80px)'));
    await project.build();
    expect(project.files('p')).toHaveLength(5);
    // Drawn against the edge: named as that.
    writeFileSync(file, original.replace('<Page frame={frame}>', label('translateX(-100%)')));
    const [problem] = (await project.buildFails()).problems;
    expect([problem?.message, problem?.hint]).toEqual([
      expect.stringMatching(/^the closing template's transform: 'translateX\(-100%\)' draws "감사 인사" \d+ px nearer the slide's edge than the theme's safeMargin \(56 px\) allows, at 1080×1350$/),
      'Move it further from the edge (the transform draws it there, not where its box was laid out), or make safeMargin in theme.ts smaller if text may come that close.',
    ]);
  });

  it('names text of the deck that a template lays out in the slide\'s margin, or off the slide, as the template\'s to mend (it said to shorten the text)', async () => {
    project = makeProject('inc-edge-box');
    project.deck('p', deckText(THREE));
    // The closing's lines in a box against the slide's left edge: no padding around them.
    project.editTemplate('Closing.tsx', '<Page frame={frame}>', "<Page frame={frame}>\n      <div style={{ position: 'absolute', left: 0, top: 600, display: 'flex' }}><Words text={lines[0] ?? ''} fontSize={size.closing} lineHeight={lineHeight.closing} /></div>");
    const problems = (await project.buildFails()).problems.map((p) => [p.place.line, p.message, p.hint]);
    expect(problems).toEqual([[deckText(THREE).split('\n').indexOf('    - 감사합니다') + 1, 'the closing: "감사합니다" comes 56 px nearer the slide\'s edge than the theme\'s safeMargin (56 px) allows, at 1080×1350', 'The closing template lays it out in a box that reaches into that margin: give the slide or that box more padding (or less width) in the template, or make safeMargin in theme.ts smaller if text may come that close.']]);
    // A box placed wholly off the slide (a position kept from a wider theme): where, not how long ("sticks out of its box").
    project.editTemplate('Closing.tsx', "left: 0, top: 600", "left: 1300, top: 600");
    const [off] = (await project.buildFails()).problems;
    expect([off?.message, off?.hint]).toEqual(['the closing: "감사합니다" is drawn off the slide at 1080×1350 (544 px past the theme\'s safeMargin), where the closing template places its box', 'Place its box on the slide in the closing template (its left, top, margins or width), at least safeMargin (56 px) from each edge.']);
  });

  it('names a template that leaves part of a slide unpainted, transparent in its image (it was drawn without a word)', async () => {
    project = makeProject('inc-bare');
    project.deck('p', deckText(THREE));
    // The closing's box without the page around it: nothing paints the slide behind it.
    const { file, original } = project.editTemplate('Closing.tsx', '<Page frame={frame}>', '<div style={{ display: \'flex\', width: 1080, height: 1350, padding: 56 }}>');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</Page>', '</div>'));
    const declaration = original.split('\n').findIndex((l) => l.startsWith('export default function Closing(')) + 1;
    const problem = (await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message, p.hint]);
    expect(problem).toEqual([[declaration, 16, 'the closing template leaves part of the slide unpainted (at 1, 1 px, for one), transparent in its image: an image viewer shows that white, but Instagram or a blog in dark mode may show it black', "Give the slide's outermost element a backgroundColor (or a backgroundImage) that fills all of it, as the default templates' <Page> does, and square corners."]]);
    expect(project.files('p')).toEqual([]);
    // A photo behind it all paints the slide, though a PNG as Figma exports one has an alpha channel.
    await sharp({ create: { width: 108, height: 135, channels: 4, background: '#dde6f3ff' } }).png().toFile(path.join(path.dirname(file), 'back.png'));
    writeFileSync(file, `import back from './back.png';\n${readFileSync(file, 'utf8').replace("padding: 56 }}>", "padding: 56 }}>\n      <img src={back} width={1080} height={1350} style={{ position: 'absolute', left: 0, top: 0, zIndex: -1 }} />")}`);
    await project.build();
    expect(project.files('p')).toHaveLength(5);
    // A page with rounded corners leaves them unpainted, on every kind of slide.
    writeFileSync(file, original);
    project.editTemplate('parts.tsx', 'canvas({ padding: space.page, backgroundColor: colors.page, color: colors.ink })', 'canvas({ padding: space.page, backgroundColor: colors.page, color: colors.ink, borderRadius: 40 })');
    expect((await project.buildFails()).problems.map((p) => p.message)).toEqual(['case', 'closing'].map((kind) => expect.stringMatching(new RegExp(`^the ${kind} template leaves part of the slide unpainted \\(at 1, 1 px, for one\\)`))));
  });

  it('says that text sticks out of a line the template keeps it on (whiteSpace), not to put spaces into it', async () => {
    project = makeProject('inc-nowrap');
    // On the bullet's row, which its <Words> inherits.
    project.editTemplate('Case.tsx', 'color: colors.body, fontWeight: 400 }}', "color: colors.body, fontWeight: 400, whiteSpace: 'nowrap' }}");
    const long = '1번 사례의 첫 번째 내용은 한 줄에 다 들어가지 않을 만큼 아주 길게 쓴 글머리표입니다';
    project.deck('p', deckText(THREE).replace('1번 사례의 첫 번째 내용입니다', long));
    const line = deckText(THREE).split('\n').findIndex((l) => l.includes('1번 사례의 첫 번째')) + 1;
    const problems = (await project.buildFails()).problems.map((p) => [p.place.line, p.message, p.hint]);
    expect(problems).toEqual([[line, expect.stringMatching(/^case 1 "가 사례": "1번 사례의 첫 번째 내용은 한 줄에 다 들어가지 않을 만큼 아주 길게…" sticks out of its box by \d+ px at 1080×1350$/), "Shorten the text: the case template keeps it on one line (whiteSpace: 'nowrap'), so it cannot wrap."]]);
  });

  it('says when a template makes the deck\'s text invisible (opacity: 0, visibility: hidden, a clear colour, a scale of 0), once for each kind of slide, and lets it hide its own', async () => {
    project = makeProject('inc-invisible');
    project.deck('p', deckText(THREE));
    const { file, original, line } = project.editTemplate('Case.tsx', 'color: colors.body, fontWeight: 400 }}', 'color: colors.body, fontWeight: 400, opacity: 0 }}');
    const problems = async () => (await project.buildFails()).problems.map((p) => [p.place.file.endsWith('Case.tsx'), p.place.line, p.message]);
    expect(await problems()).toEqual([[true, line, 'the case template hides "1번 사례의 첫 번째 내용입니다" (case 1 section 1 bullet 1) with opacity: 0: satori lays it out and draws nothing of it, nor would 5 more texts of the deck on its slides']]);
    // A box inside may show again what visibility hid: the card hidden, its bullets shown again.
    writeFileSync(file, original.replace("padding: space.cardPadding, borderRadius: space.cardRadius, backgroundColor: colors.card }}", "padding: space.cardPadding, borderRadius: space.cardRadius, backgroundColor: colors.card, visibility: 'hidden' }}").replace('color: colors.body, fontWeight: 400 }}', "color: colors.body, fontWeight: 400, visibility: 'visible' }}"));
    expect((await problems()).map(([, , message]) => message)).toEqual(['the case template hides "우수" (case 1 award) with visibility: \'hidden\': satori lays it out and draws nothing of it, nor would 8 more texts of the deck on its slides']);
    // A clear colour, which the text inherits, hides it too (satori drew the headings as nothing,
    // without a word); a colour of its own inside shows it again.
    writeFileSync(file, original.replace('color: colors.accent, fontWeight: 800 }}', "color: 'transparent', fontWeight: 800 }}"));
    expect((await problems()).map(([, , message]) => message)).toEqual(['the case template hides "추진 배경" (case 1 section 1 heading) with color: \'transparent\': satori lays it out and draws nothing of it, nor would 2 more texts of the deck on its slides']);
    // Not a gradient text or an outlined one, which are written with a clear colour too.
    for (const drawn of ["backgroundImage: 'linear-gradient(90deg, #1F4FA8, #B0306A)', backgroundClip: 'text'", "WebkitTextStroke: '2px #1F4FA8'"]) {
      writeFileSync(file, original.replace('color: colors.accent, fontWeight: 800 }}', `${drawn}, color: 'transparent', fontWeight: 800 }}`));
      await project.build();
      expect(project.files('p')).toHaveLength(5);
    }
    // …and so does a transform that scales it to nothing.
    writeFileSync(file, original.replace('color: colors.accent, fontWeight: 800 }}', "color: colors.accent, fontWeight: 800, transform: 'scaleY(0)' }}"));
    expect((await problems()).map(([, , message]) => message)).toEqual(['the case template hides "추진 배경" (case 1 section 1 heading) with transform: \'scaleY(0)\': satori lays it out and draws nothing of it, nor would 2 more texts of the deck on its slides']);
    writeFileSync(file, original.replace('color: colors.accent, fontWeight: 800 }}', "color: '#1F4FA800', fontWeight: 800 }}").replace('<Words text={heading} fontSize={theme.size.heading} lineHeight={lineHeight.heading} style={{ flexGrow: 1,', '<Words text={heading} fontSize={theme.size.heading} lineHeight={lineHeight.heading} style={{ color: colors.accent, flexGrow: 1,'));
    await project.build();
    expect(project.files('p')).toHaveLength(5);
    // A line that case and closing slides share (the header in parts.tsx): named once, for both.
    writeFileSync(file, original);
    const parts = project.editTemplate('parts.tsx', 'style={{ fontWeight: 800, color: ink, marginRight: space.inlineGap }}', 'style={{ fontWeight: 800, color: ink, marginRight: space.inlineGap, opacity: 0 }}');
    expect(await problems()).toEqual([[false, parts.line, 'the case and closing templates hide "은평구" (organization) with opacity: 0: satori lays it out and draws nothing of it, nor would 3 more texts of the deck on its slides']]);
    writeFileSync(parts.file, parts.original);
    // A text only the template writes, kept invisible to hold room, is the designer's choice.
    writeFileSync(file, original.replace("<Page frame={props.frame}>", "<Page frame={props.frame}>\n      <div style={{ display: 'flex', opacity: 0 }}>자리</div>"));
    await project.build();
    expect(project.files('p')).toHaveLength(5);
  });

  it('says when a template lays text out in a box of no size, once for each kind of slide (satori drew nothing of it, without a word)', async () => {
    project = makeProject('inc-hidden');
    const bulletRow = 'color: colors.body, fontWeight: 400 }}';
    const { file, original } = project.editTemplate('Case.tsx', bulletRow, "color: colors.body, fontWeight: 400, display: 'none' }}");
    project.deck('p', deckText(THREE));
    const deckLine = (needle: string) => deckText(THREE).split('\n').findIndex((l) => l.includes(needle)) + 1;
    const hint = "Give its box room in Case.tsx; to leave a field out, leave it out of the template ({props.award && …}) rather than hide it.";
    const problems = async () => (await project.buildFails()).problems.map((p) => [p.place.file.endsWith('.yaml'), p.place.line, p.message, p.hint]);
    // Every case slide's bullets and their markers: one problem, at the first of them.
    expect(await problems()).toEqual([[false, expect.any(Number), "the case template lays out \"🔹\" in a box of no size (display: 'none', or a width or height of 0): it would not show, nor would 8 more texts of its slides", hint]]);
    // A title given a height of 0, as a designer might to hide it: at the deck's title.
    writeFileSync(file, original.replace('lineHeight={lineHeight.title} style={{', "lineHeight={lineHeight.title} style={{ height: 0, overflow: 'hidden',"));
    expect(await problems()).toEqual([[true, deckLine('가 사례'), "the case template lays out \"가 사례\" in a box of no size (display: 'none', or a width or height of 0): it would not show, nor would 2 more texts of its slides", hint]]);
    expect(project.files('p')).toEqual([]);
  });

  it('blames text a template writes itself, not the deck, when it sticks out of its box', async () => {
    project = makeProject('inc-template-text');
    // A label in a box too narrow for its one word. (A row of a text, a <b> and a text, drawn
    // whole, was blamed on the <b>: the outline of the phone number after it was taken for its.)
    const { file, original, line } = project.editTemplate('Closing.tsx', '{lines.map((line, i) => (', '<div style={{ display: \'flex\', fontSize: 30 }}>문의 <div style={{ display: \'flex\', width: 90 }}>기획예산과</div> 02-351-0000</div>\n        {lines.map((line, i) => (');
    project.deck('p', deckText(THREE));
    const blamed = async () => (await project.buildFails()).problems.map((p) => [p.place.file.endsWith('Closing.tsx'), p.place.line, p.message]);
    const expected = [[true, line, expect.stringMatching(/^the closing template's text "기획예산과" sticks out of its box by \d+ px at 1080×1350$/)]];
    expect(await blamed()).toEqual(expected);
    // A deck whose closing has it inside a word: it was blamed on that line of the deck.
    project.deck('p', deckText(THREE).replace('- 감사합니다', '- 은평구기획예산과에서 알립니다'));
    expect(await blamed()).toEqual(expected);
    writeFileSync(file, original.replace('{lines.map((line, i) => (', '<div style={{ fontSize: 30 }}>문의 <b>기획예산과</b> 02-351-0000</div>\n        {lines.map((line, i) => ('));
    await project.build();
    expect(project.files('p')).toHaveLength(5);
  });

  it('names the <text> of an <svg> written in a template, and HTML pasted into an element, at its line (satori refused them naming no line)', async () => {
    project = makeProject('inc-svg-text');
    project.deck('p', deckText(THREE));
    const { line } = project.editTemplate('Closing.tsx', '{lines.map((line, i) => (', '<svg width={300} height={60} viewBox="0 0 300 60">\n          <text x="0" y="40" fontSize="28">은평구</text>\n        </svg>\n        {lines.map((line, i) => (');
    const problems = (await project.buildFails()).problems.map((p) => [p.place.line, p.place.col, p.message, p.hint]);
    expect(problems).toEqual([[line + 1, 11, 'the closing template failed while drawing a slide: <text> nodes are not currently supported, please convert them to <path>', 'Write the text as an element beside the <svg> (it is then drawn and checked like the rest), or turn it into outlines (<path>) in a design tool.']]);
    // HTML pasted into an element: satori's words, at no line.
    project.editTemplate('Closing.tsx', '<text x="0" y="40" fontSize="28">은평구</text>', '');
    const { file } = project.editTemplate('Closing.tsx', '{lines.map((line, i) => (', '<div style={{ display: \'flex\' }} dangerouslySetInnerHTML={{ __html: \'<b>문의</b> 02-351-0000\' }} />\n        {lines.map((line, i) => (');
    const written = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('dangerouslySetInnerHTML'));
    const [pasted] = (await project.buildFails()).problems;
    expect([pasted?.place.line, pasted?.hint]).toEqual([written + 1, 'satori draws elements, not HTML: write the HTML as elements (<b>문의</b> 02-…) in the component.']);
  });

  it('reads text written beside elements (문의 <b>…</b> 02-…), which satori gives no box: drawn when it wraps, named when it runs out', async () => {
    project = makeProject('inc-beside');
    project.deck('p', deckText(THREE));
    const footer = (style: string) => `          </div>\n        </div>\n        <div style={{ fontSize: 28${style} }}><b>문의</b> 02-351-0000 평일 오전 9시부터 오후 6시까지 상담 가능합니다 주말 제외</div>`;
    // Its second line starts under the <b>: "문의" was said to stick out of its box by 779 px.
    const { file, original, line } = project.editTemplate('Case.tsx', '          </div>\n        </div>', footer(''));
    await project.build();
    expect(project.files('p')).toHaveLength(5);
    // Kept on one line, it ran past the card's margin (the <b> was inside it), without a word.
    writeFileSync(file, original.replace('          </div>\n        </div>', footer(", whiteSpace: 'nowrap'")));
    const problems = (await project.buildFails()).problems.map((p) => [p.place.file.endsWith('Case.tsx'), p.place.line, p.message]);
    expect(problems).toEqual([[true, line + 2, expect.stringMatching(/^the case template's text "02-351-0000 평일 오전 9시부터 오후 6시까지 상담 가능합니다…" sticks out of its box by \d+ px at 1080×1350 \(so on 2 more slides\)$/)]]);
  });

  it('says text a template places nearer the edge than the theme\'s safeMargin is that, not out of its box', async () => {
    project = makeProject('inc-template-edge');
    // A footer placed in the margin, outside the card: it was "sticks out of its box by 36 px".
    const { line } = project.editTemplate('Closing.tsx', '<Page frame={frame}>', "<Page frame={frame}>\n      <div style={{ position: 'absolute', bottom: 20, right: 30, display: 'flex', fontSize: 22 }}>© 은평구청</div>");
    project.deck('p', deckText(THREE));
    const [problem] = (await project.buildFails()).problems;
    expect([problem?.place.line, problem?.message, problem?.hint]).toEqual([
      line + 1,
      'the closing template\'s text "© 은평구청" comes 36 px nearer the slide\'s edge than the theme\'s safeMargin (56 px) allows, at 1080×1350',
      'Move it further from the edge, or make safeMargin in theme.ts smaller if text may come that close.',
    ]);
  });

  it('reports a style satori refuses at the template line that writes it', async () => {
    project = makeProject('inc-style');
    const dir = project.copyTemplates();
    const closing = path.join(dir, 'Closing.tsx');
    const bar = "<div style={{ display: 'flex', width: bars.closing.width";
    writeFileSync(closing, readFileSync(closing, 'utf8').replace(bar, bar.replace("'flex'", "'table'")));
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    const lines = readFileSync(closing, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes("display: 'table'"));
    expect(error.problems.map((p) => [p.place, p.sourceLine])).toEqual([[{ file: path.relative(process.cwd(), closing), line: line + 1, col: (lines[line] ?? '').indexOf("'table'") + 1 }, lines[line]]]);
    expect(error.problems[0]?.message).toMatch(/^the closing template has a style satori does not draw as written \(it would draw the slide without it\): Invalid value for CSS property "display"\. .*Received: "table"\.$/);
    expect(project.files('p')).toEqual([]);
    // Every one a slide has, each at its line: satori failed at the first, and skipped others
    // ("12 px", a transform) printing a line of its own, the build going on to write the slides.
    writeFileSync(closing, readFileSync(closing, 'utf8').replace("display: 'table'", "display: 'table', marginTop: '12 px', transform: 'rotate(45 deg)'"));
    const every = readFileSync(closing, 'utf8').split('\n');
    const placeOf = (needle: string) => [every.findIndex((l) => l.includes(needle)) + 1, (every.find((l) => l.includes(needle)) ?? '').indexOf(needle) + 1];
    const all = await project.buildFails();
    const saying = (words: string) => expect.stringMatching(new RegExp(`^the closing template has a style satori does not draw as written \\(it would draw the slide without it\\): ${words}`));
    expect(all.problems.map((p) => [p.place.line, p.place.col, p.message])).toEqual([
      [...placeOf("'table'"), saying('Invalid value for CSS property "display"')],
      [...placeOf("'12 px'"), saying('Invalid value "12 px" for "marginTop"')],
      [...placeOf("'rotate(45 deg)'"), saying('Invalid arguments in transform function "rotate\\(45 deg\\)"')],
    ]);
    expect(all.problems[0]?.hint).toBe('Write a value satori takes (its words say which), or take the style out.');
    expect(project.files('p')).toEqual([]);
    // A number where a word goes, written bare: it was named at the file alone.
    writeFileSync(closing, readFileSync(closing, 'utf8').replace("display: 'table', marginTop: '12 px', transform: 'rotate(45 deg)'", "display: 'flex', position: 0"));
    const bare = readFileSync(closing, 'utf8').split('\n');
    const at = bare.findIndex((l) => l.includes('position: 0'));
    expect((await project.buildFails()).problems.map((p) => [p.place.line, p.place.col])).toEqual([[at + 1, (bare[at] ?? '').indexOf('position: 0') + 'position: '.length + 1]]);
    // A value the template puts together, misspelt: at the function it calls (satori quotes the whole value).
    writeFileSync(closing, readFileSync(closing, 'utf8').replace("display: 'flex', position: 0", "display: 'flex'"));
    const { file: cover, line: gradient, original } = project.editTemplate('Cover.tsx', '`linear-gradient(', '`liner-gradient(');
    const col = (original.split('\n')[gradient - 1] ?? '').indexOf('linear-gradient(') + 1;
    expect((await project.buildFails()).problems.map((p) => [p.place.file, p.place.line, p.place.col])).toEqual([[path.relative(process.cwd(), cover), gradient, col]]);
    // Tailwind classes (satori reads `tw`), one it does not know among them (satori printed that
    // one, at no line): named at the tw=, since the checks read style alone.
    const meta = "<div style={{ display: 'flex', justifyContent: 'space-between'";
    writeFileSync(cover, original.replace(meta, meta.replace('<div', '<div tw="bg-redd-500"')));
    const tw = (await project.buildFails()).problems;
    const metaLine = original.split('\n').findIndex((l) => l.includes(meta));
    expect(tw.map((p) => [p.place.line, p.place.col, p.message])).toEqual([[metaLine + 1, (original.split('\n')[metaLine] ?? '').indexOf(meta) + '<div '.length + 1, expect.stringMatching(/^the cover template writes Tailwind classes \(tw="…"\)/)]]);
    // A value put together in a template literal (`0 ${gap} px`): satori names "0 8 px", which
    // no line writes; at the literal whose text around each ${…} it matches (it was named at
    // each slide kind's file, with no line). Once: parts.tsx is every kind's.
    writeFileSync(cover, original);
    const slash = project.editTemplate('parts.tsx', 'margin: `0 ${pill.slashGap}px`', 'margin: `0 ${pill.slashGap} px`');
    const literalAt = (slash.original.split('\n')[slash.line - 1] ?? '').indexOf('`0 ${') + 1;
    expect((await project.buildFails()).problems.map((p) => [p.place.file, p.place.line, p.place.col, p.message])).toEqual([[path.relative(process.cwd(), slash.file), slash.line, literalAt, 'the case template has a style satori does not draw as written (it would draw the slide without it): Failed to parse declaration "margin: 0 8 px"']]);
  });

  it('reports an error a template throws as it loads at its line, and writes nothing', async () => {
    project = makeProject('inc-load');
    const dir = project.copyTemplates();
    const theme = path.join(dir, 'theme.ts');
    const bad = 'const accent = (globalThis as unknown as { brand: { blue: string } }).brand.blue;';
    writeFileSync(theme, readFileSync(theme, 'utf8').replace('export const theme = {', `${bad}\nexport const theme = {`));
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    const lines = readFileSync(theme, 'utf8').split('\n');
    const line = lines.indexOf(bad);
    expect(error.problems.map((p) => [p.place, p.message])).toEqual([[{ file: path.relative(process.cwd(), theme), line: line + 1, col: bad.lastIndexOf('blue') + 1 }, "the template cannot be loaded: Cannot read properties of undefined (reading 'blue')"]]);
    expect(project.files('p')).toEqual([]);
  });

  it('points at the line of a theme or template that uses a character no font has', async () => {
    project = makeProject('inc-glyph');
    const dir = project.copyTemplates();
    const theme = path.join(dir, 'theme.ts');
    writeFileSync(theme, readFileSync(theme, 'utf8').replace("bullet: '🔹'", "bullet: '龘'"));
    const closing = path.join(dir, 'Closing.tsx');
    writeFileSync(closing, readFileSync(closing, 'utf8').replace('{lines.map((line, i) => (', '<div>䶵</div>\n        {lines.map((line, i) => ('));
    project.deck('p', deckText(THREE));
    const lineOf = (file: string, needle: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
    const themeProblem = (await project.buildFails()).problems[0];
    expect(themeProblem?.place).toEqual({ file: path.relative(process.cwd(), theme), line: lineOf(theme, "bullet: '龘'"), col: expect.any(Number) });
    expect(themeProblem?.message).toMatch(/^the theme's bullet marker has the character 龘 \(U\+9F98\), which none of the fonts can draw/);
    // Every deck of the theme draws its marker: the font goes into the theme (it was "list it under "fonts:" in the deck").
    expect(themeProblem?.hint).toBe('Put a font that has it (for example Noto Sans KR or Noto Serif KR, which have Hanja) into fonts/ and add it to the theme\'s fonts (see "Fonts" in the README), or replace the character.');
    writeFileSync(theme, readFileSync(theme, 'utf8').replace("bullet: '龘'", "bullet: '🔹'"));
    const templateProblem = (await project.buildFails()).problems[0];
    const line = lineOf(closing, '䶵');
    expect(templateProblem?.place).toEqual({ file: path.relative(process.cwd(), closing), line, col: (readFileSync(closing, 'utf8').split('\n')[line - 1] ?? '').indexOf('䶵') + 1 });
    expect(templateProblem?.message).toBe('the closing template draws 䶵 (U+4DB5), which none of the fonts can draw');
    expect(project.files('p')).toEqual([]);
  });

  it('says once, at the theme\'s fonts, that none of them has Korean letters (it said so for every Korean word: 469 times for the example)', async () => {
    project = makeProject('inc-latin-font');
    const regular = readFileSync(path.join(repoRoot, 'node_modules/pretendard-gov/dist/public/static/alternative/PretendardGOV-Regular.ttf'));
    const latin = subsetFonts([{ data: regular, weight: 400 }], new Set([...' ()0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'].map((c) => c.codePointAt(0) ?? 0)))[0];
    writeFileSync(path.join(project.paths.fonts, 'Latin.ttf'), latin ?? new Uint8Array());
    const { file, original } = project.editTemplate('theme.ts', "fonts: [\n", "fonts: [\n    { family: 'Latin', weight: 400, file: 'Latin.ttf' },\n");
    writeFileSync(file, readFileSync(file, 'utf8').replace(/ {4}\{ family: 'Pretendard GOV'.*\n/g, '').replace("fontFamily: 'Pretendard GOV'", "fontFamily: 'Latin'"));
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    const line = original.split('\n').findIndex((l) => l.includes('fonts: [')) + 1;
    expect(error.problems.map((p) => [p.place.line, p.place.col, p.message])).toEqual([[line, 3, 'none of the fonts (Latin.ttf) has Korean letters, so no Korean text of the deck can be drawn']]);
    // Beside the theme's Korean fonts, it is one more font.
    writeFileSync(file, original.replace('fonts: [\n', "fonts: [\n    { family: 'Latin', weight: 400, file: 'Latin.ttf' },\n"));
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(5);
  });

  it('draws an emoji a template writes from the emoji set, and names one the set lacks at its line', async () => {
    project = makeProject('inc-template-emoji');
    const closing = path.join(project.copyTemplates(), 'Closing.tsx');
    const original = readFileSync(closing, 'utf8');
    const withEmoji = (emoji: string) => original.replace('{lines.map((line, i) => (', `<div style={{ display: 'flex', fontSize: 160 }}>${emoji}</div>\n        {lines.map((line, i) => (`);
    // Before, a template's own 📢 was "a character none of the fonts can draw": only the deck's
    // emoji had images.
    writeFileSync(closing, withEmoji('📢'));
    project.deck('p', deckText(THREE));
    await project.build();
    // Twemoji's megaphone is red (#DD2E44); nothing else on the closing slide is.
    expect(countColor(await readRaw(path.join(project.paths.output, 'p', '05-closing.png')), hexToRgb('#DD2E44'), 12)).toBeGreaterThan(2000);
    writeFileSync(closing, withEmoji('🫩'));
    const problem = (await project.buildFails()).problems[0];
    const line = readFileSync(closing, 'utf8').split('\n').findIndex((l) => l.includes('🫩')) + 1;
    expect(problem?.place).toEqual({ file: path.relative(process.cwd(), closing), line, col: expect.any(Number) });
    expect([problem?.message, problem?.hint]).toEqual(['the closing template draws the emoji 🫩 (U+1FAE9), which has no image in the emoji set (Twemoji)', 'Use another emoji, or write it as text.']);
  });

  it('draws text a template\'s code makes rather than writes (a weekday, a syllable, an emoji), and names a character of it no font has', async () => {
    project = makeProject('inc-computed-text');
    const closing = path.join(project.copyTemplates(), 'Closing.tsx');
    const original = readFileSync(closing, 'utf8');
    const made = (code: string) => original.replace('{lines.map((line, i) => (', `<div style={{ display: 'flex', fontSize: 160 }}>{${code}}</div>\n        {lines.map((line, i) => (`);
    // The fonts are cut to the characters the deck and the template files write: these were
    // "characters none of the fonts can draw", the 📢 one with "no image".
    writeFileSync(closing, made("`${new Date(2025, 0, 15).toLocaleDateString('ko-KR', { weekday: 'short' })} ${String.fromCodePoint(0xbdc1, 0x1f4e2)}`"));
    project.deck('p', deckText(THREE));
    await project.build();
    const image = path.join(project.paths.output, 'p', '05-closing.png');
    expect(countColor(await readRaw(image), hexToRgb('#DD2E44'), 12)).toBeGreaterThan(2000);
    // Drawn again from the layout the manifest kept, which no layout of this build widened the
    // fonts for: it failed as an internal error ("would be drawn without 뷁📢").
    const drawn = readFileSync(image);
    rmSync(image);
    expect(namesWith(await project.build(), 'rendered')).toEqual(['p/05-closing']);
    expect(readFileSync(image).equals(drawn)).toBe(true);
    writeFileSync(closing, made('String.fromCodePoint(0x0f00)'));
    expect((await project.buildFails()).problems.map((p) => p.message)).toEqual(['the closing template draws ༀ (U+0F00), which none of the fonts can draw']);
  });
});
