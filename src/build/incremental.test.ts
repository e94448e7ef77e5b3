/**
 * Make-like behaviour: after each kind of change, exactly the slides that depend on it are drawn
 * again; dry runs write nothing; interrupted builds leave a consistent output that the next
 * build completes; a second build never interleaves with a running one.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../testing/fixtures.ts';
import { countColor, hexToRgb, readRaw } from '../testing/images.ts';
import { exampleDeck, makeProject, namesWith, type TestProject } from '../testing/project.ts';
import { clean } from './clean.ts';
import { hashOf, stampFile } from './hash.ts';
import { freshness } from './freshness.ts';
import { acquireLock } from './lock.ts';
import { readManifest } from './manifest.ts';
import { preparePeriod } from './preparePeriod.ts';

const gov = (weight: string) => path.join(repoRoot, 'node_modules/pretendard-gov/dist/public/static', `PretendardGOV-${weight}.otf`);

function deckText(cases: string[], extra = ''): string {
  const body = cases.map((title, i) => `  - award: 우수
    title: ${title}
    sections:
      - heading: 추진 배경
        bullets:
          - ${i + 1}번 사례의 첫 번째 내용입니다
          - ${i + 1}번 사례의 두 번째 내용입니다
`).join('');
  return `title: 우수사례\norganization: 은평구\n${extra}cases:\n${body}closing:\n  lines:\n    - 감사합니다\n`;
}

const THREE = ['가 사례', '나 사례', '다 사례'];

/** A 1×1 PNG, as a template might draw it. */
const DOT_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

/** Every image the manifest vouches for is on disk with the recorded size, and nothing half-written is. */
function expectConsistent(project: TestProject, period: string): void {
  const dir = path.join(project.paths.output, period);
  const manifest = readManifest(dir);
  for (const slide of manifest?.slides ?? []) expect(statSync(path.join(dir, `${slide.name}.png`)).size, slide.name).toBe(slide.bytes);
  expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
}

describe('incremental builds', () => {
  let project: TestProject;
  afterEach(() => project.remove());

  it('draws everything once, then nothing while nothing changes', async () => {
    project = makeProject('inc-noop');
    project.deck('p', deckText(THREE));
    expect(namesWith(await project.build(), 'rendered')).toEqual(['p/01-cover', 'p/02-case1', 'p/03-case2', 'p/04-case3', 'p/05-closing']);
    const again = await project.build();
    expect(namesWith(again, 'rendered')).toEqual([]);
    expect(namesWith(again, 'up-to-date')).toHaveLength(5);
  });

  it('re-renders exactly the slide whose bullet changed', async () => {
    project = makeProject('inc-bullet');
    const file = project.deck('p', deckText(THREE));
    await project.build();
    writeFileSync(file, readFileSync(file, 'utf8').replace('2번 사례의 두 번째 내용입니다', '2번 사례의 고친 내용입니다'));
    const reports = await project.build();
    expect(namesWith(reports, 'rendered')).toEqual(['p/03-case2']);
    expect(reports[0]?.slides.find((s) => s.name === '03-case2')?.reason).toBe('content changed');
  });

  it('re-renders only the slides of the template file that changed, and all of them for the theme', async () => {
    project = makeProject('inc-template');
    project.deck('p', deckText(THREE));
    // Built first with the templates cardnews ships; a copy in the project then takes over.
    await project.build();
    const dir = project.copyTemplates();
    const edit = (file: string, from: string, to: string) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(text).toContain(from);
      writeFileSync(path.join(dir, file), text.replace(from, to));
    };

    edit('Closing.tsx', "textAlign: 'center', fontWeight: 700", "textAlign: 'center', fontWeight: 800");
    const closing = await project.build();
    expect(namesWith(closing, 'rendered')).toEqual(['p/05-closing']);
    // Which file changed, as --dry-run tells it.
    expect(closing[0]?.slides.find((s) => s.name === '05-closing')?.reason).toBe('template changed (Closing.tsx)');

    edit('Case.tsx', 'color: colors.body, fontWeight: 400', 'color: colors.ink, fontWeight: 400');
    expect(namesWith(await project.build(), 'rendered')).toEqual(['p/02-case1', 'p/03-case2', 'p/04-case3']);

    edit('theme.ts', "page: '#EAF0F8'", "page: '#EEF2F8'");
    const theme = await project.build();
    expect(namesWith(theme, 'rendered')).toHaveLength(5);
    expect(new Set(theme[0]?.slides.map((s) => s.reason))).toEqual(new Set(['template changed (theme.ts)']));
  });

  it('records a template as it was compiled, so one saved while a build runs is drawn again next time', async () => {
    project = makeProject('inc-template-race');
    const deckFile = project.deck('p', deckText(THREE));
    const closing = project.editTemplate('Closing.tsx', "fontWeight: 700, color: colors.ink", "fontWeight: 800, color: colors.ink").file;
    const compiled = readFileSync(closing);
    const period = await preparePeriod(deckFile, path.join(project.paths.output, 'p'), undefined, project.paths);
    // The designer saves again after the build compiled the templates, before it recorded them.
    writeFileSync(closing, `${compiled.toString('utf8')}\n// saved during the build\n`);
    const recorded = period.inputs()[closing];
    expect(recorded?.hash).toBe(hashOf(compiled));
    // Before, the file was stamped only now: the manifest vouched for a template never drawn.
    expect(stampFile(closing, recorded)?.hash).not.toBe(recorded?.hash);
  });

  it('tells an edit of the deck alone (one worker to start) from changes that redraw many slides (all of them)', async () => {
    project = makeProject('inc-staleness');
    project.copyTemplates();
    const deckFile = project.deck('p', deckText(THREE));
    const staleness = () => freshness(deckFile, project.paths.output).staleness;
    expect(staleness()).toBe('more');
    await project.build();
    expect(staleness()).toBe('fresh');
    project.deck('p', deckText(THREE).replace('가 사례', '가 사례 수정'));
    expect(staleness()).toBe('deck');
    await project.build();
    const out = path.join(project.paths.output, 'p');
    rmSync(path.join(out, '02-case1.png'));
    expect(staleness()).toBe('deck');
    rmSync(path.join(out, '03-case2.png'));
    expect(staleness()).toBe('more');
    await project.build();
    project.editTemplate('Closing.tsx', 'fontWeight: 700, color: colors.ink', 'fontWeight: 800, color: colors.ink');
    expect(staleness()).toBe('more');
  });

  it('draws the same slides after a template edit, a case added in front and a bullet edited as a build with no earlier images', async () => {
    // Such a build checks each case's pages from the last build (replan.ts) instead of planning them again.
    project = makeProject('inc-replan');
    project.copyTemplates();
    project.deck('p', exampleDeck());
    await project.build();
    const caseFile = project.editTemplate('Case.tsx', 'color: colors.body, fontWeight: 400', 'color: colors.ink, fontWeight: 400').file;
    const added = exampleDeck()
      .replace('cases:\n', 'cases:\n  - title: 앞에 더한 사례\n    sections:\n      - heading: 추진 배경\n        bullets:\n          - 새 내용\n')
      .replace('재취업 필요성', '재취업 지원 필요성');
    project.deck('p', added);
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(15);
    const fresh = makeProject('inc-replan-fresh');
    try {
      copyFileSync(caseFile, path.join(fresh.copyTemplates(), 'Case.tsx'));
      fresh.deck('p', added);
      await fresh.build();
      const images = (p: TestProject) => p.files('p').map((f) => readFileSync(path.join(p.paths.output, 'p', f)));
      expect(fresh.files('p')).toEqual(project.files('p'));
      expect(images(project)).toEqual(images(fresh));
    } finally {
      fresh.remove();
    }
  });

  it('re-renders everything when a font file changes', async () => {
    project = makeProject('inc-font');
    copyFileSync(gov('Light'), path.join(project.paths.fonts, 'extra.otf'));
    project.deck('p', deckText(THREE, 'fonts:\n  - extra.otf\n'));
    await project.build();
    copyFileSync(gov('Thin'), path.join(project.paths.fonts, 'extra.otf'));
    const reports = await project.build();
    expect(namesWith(reports, 'rendered')).toHaveLength(5);
    expect(reports[0]?.slides[0]?.reason).toBe('fonts changed (extra.otf)');
  });

  it('removes the images of a removed case and redraws the slides whose number changed', async () => {
    project = makeProject('inc-remove');
    project.deck('p', deckText(THREE));
    await project.build();
    project.deck('p', deckText(['가 사례', '다 사례']));
    const reports = await project.build();
    // Every slide shows "n / total" and the total fell from 5 to 4, so each remaining slide is drawn again.
    expect(namesWith(reports, 'rendered')).toEqual(['p/01-cover', 'p/02-case1', 'p/03-case2', 'p/04-closing']);
    expect(reports[0]?.removed.map((f) => path.basename(f))).toEqual(['04-case3.png', '05-closing.png']);
    expect(project.files('p')).toEqual(['01-cover.png', '02-case1.png', '03-case2.png', '04-closing.png']);
  });

  it('reuses the images of a renamed period instead of drawing them again', async () => {
    project = makeProject('inc-rename');
    project.deck('old', deckText(THREE));
    await project.build();
    renameSync(path.join(project.paths.data, 'old.yaml'), path.join(project.paths.data, 'new.yaml'));
    const reports = await project.build();
    expect(namesWith(reports, 'rendered')).toEqual([]);
    expect(namesWith(reports, 'copied')).toEqual(['new/01-cover', 'new/02-case1', 'new/03-case2', 'new/04-case3', 'new/05-closing']);
    for (const f of project.files('new')) expect(readFileSync(path.join(project.paths.output, 'new', f)).equals(readFileSync(path.join(project.paths.output, 'old', f)))).toBe(true);
  });

  it('--dry-run says what would be drawn and why, and writes nothing', async () => {
    project = makeProject('inc-dry');
    const file = project.deck('p', deckText(THREE));
    await project.build();
    writeFileSync(file, readFileSync(file, 'utf8').replace('1번 사례의 첫 번째', '1번 사례의 새 첫 번째'));
    const dir = path.join(project.paths.output, 'p');
    const snapshot = () => readdirSync(dir).map((f) => [f, statSync(path.join(dir, f)).mtimeMs, readFileSync(path.join(dir, f)).length]);
    const before = snapshot();
    const reports = await project.build({ mode: 'dry-run' });
    expect(reports[0]?.slides.filter((s) => s.action === 'rendered').map((s) => [s.name, s.reason])).toEqual([['02-case1', 'content changed']]);
    expect(snapshot()).toEqual(before);
  });

  it('--force redraws every slide into byte-identical files', async () => {
    project = makeProject('inc-force');
    project.deck('p', deckText(THREE));
    await project.build();
    const read = () => project.files('p').map((f) => readFileSync(path.join(project.paths.output, 'p', f)));
    const first = read();
    expect(namesWith(await project.build({ force: true }), 'rendered')).toHaveLength(5);
    expect(read()).toEqual(first);
  });

  it('an interrupted build leaves a consistent output that the next build completes', async () => {
    project = makeProject('inc-abort');
    project.deck('p', deckText(['가', '나', '다', '라', '마', '바']));
    const controller = new AbortController();
    const progress = { period: () => {}, warn: () => {}, done: () => {}, slide: () => controller.abort() };
    await expect(project.build({ progress, signal: controller.signal })).rejects.toThrow();
    expectConsistent(project, 'p');
    const done = readManifest(path.join(project.paths.output, 'p'))?.slides.map((s) => `p/${s.name}`) ?? [];
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(8);
    const next = await project.build();
    expect(namesWith(next, 'up-to-date').sort()).toEqual(done.sort());
    expect([...namesWith(next, 'rendered'), ...done]).toHaveLength(8);
  });

  it('a build killed with SIGKILL leaves no half-written image and no lying manifest', async () => {
    project = makeProject('inc-kill');
    project.deck('p', deckText(Array.from({ length: 12 }, (_, i) => `사례 ${i + 1}`)));
    const child = spawn('node', [path.join(repoRoot, 'bin', 'cardnews.js'), 'build', '--jobs', '2'], { cwd: project.root, stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('.png')) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const dir = path.join(project.paths.output, 'p');
    const vouched = readManifest(dir)?.slides ?? [];
    for (const slide of vouched) expect(statSync(path.join(dir, `${slide.name}.png`)).size).toBe(slide.bytes);
    // The dead build's lock and temporary files do not stop or confuse the next one.
    const next = await project.build();
    expectConsistent(project, 'p');
    expect(namesWith(next, 'rendered').length + namesWith(next, 'up-to-date').length).toBe(14);
    const fresh = makeProject('inc-kill-ref');
    try {
      fresh.deck('p', readFileSync(path.join(project.paths.data, 'p.yaml'), 'utf8'));
      await fresh.build();
      for (const f of fresh.files('p')) expect(readFileSync(path.join(dir, f)).equals(readFileSync(path.join(fresh.paths.output, 'p', f))), f).toBe(true);
    } finally {
      fresh.remove();
    }
  });

  it('a crashed render worker fails the build without damaging the output', async () => {
    project = makeProject('inc-crash');
    const dir = project.copyTemplates();
    const closing = path.join(dir, 'Closing.tsx');
    writeFileSync(closing, readFileSync(closing, 'utf8').replace('export default function Closing({ frame, lines }: ClosingProps) {', "export default function Closing({ frame, lines }: ClosingProps) {\n  if (lines[0] === 'CRASH') process.exit(3);"));
    const file = project.deck('p', deckText(THREE));
    await project.build();
    const before = project.files('p').map((f) => readFileSync(path.join(project.paths.output, 'p', f)));
    writeFileSync(file, readFileSync(file, 'utf8').replace('감사합니다', 'CRASH'));
    await expect(project.build()).rejects.toThrow('a render worker stopped unexpectedly (exit code 3)');
    expectConsistent(project, 'p');
    expect(project.files('p').map((f) => readFileSync(path.join(project.paths.output, 'p', f)))).toEqual(before);
  });

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

  it('clean removes what builds wrote and nothing else', async () => {
    project = makeProject('inc-clean');
    project.deck('p', deckText(THREE));
    await project.build();
    const dir = path.join(project.paths.output, 'p');
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    // An image an interrupted build wrote before its manifest recorded it: the build's, too.
    copyFileSync(path.join(dir, '05-closing.png'), path.join(dir, '06-closing.png'));
    const ours = ['.cardnews-manifest.json', '01-cover.png', '02-case1.png', '03-case2.png', '04-case3.png', '05-closing.png', '06-closing.png'];
    // -n lists them and removes nothing.
    expect((await clean(project.paths, ['p'], true)).map((f) => path.basename(f)).sort()).toEqual(ours);
    expect(readdirSync(dir).sort()).toEqual([...ours, 'notes.txt'].sort());
    const removed = await clean(project.paths, ['p']);
    expect(removed.map((f) => path.basename(f)).sort()).toEqual(ours);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(5);
    // A mistyped period is a usage error, not "removed 0 files".
    await expect(clean(project.paths, ['q'])).rejects.toThrow('"q" is neither a period in data/ nor a folder in output/ (periods: p)');
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
    project.editTemplate('theme.ts', "file: 'pretendardgov-bold.ttf'", "file: 'PretendardGOV-Bold.ttf'");
    expect((await project.build())[0]?.slides.length).toBe(5);
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
  });

  it('checks the theme: a missing key at the theme\'s declaration, a value out of bounds at its line', async () => {
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
      ["fontFamily: 'Pretendard GOV'", 'fontFamily: 3', 'fontFamily:', 'fontFamily "3" names none of the theme\'s fonts (Pretendard GOV): satori would draw that text in Pretendard GOV instead'],
      ["weight: 700, npm: gov('Bold')", "weight: 'bold', npm: gov('Bold')", "gov('Bold')", 'font 2 of the theme\'s fonts (Pretendard GOV) has weight "bold": it must be one of 100, 200, … 900'],
    ];
    for (const [from, to, line, message] of mistakes) {
      expect(original).toContain(from);
      writeFileSync(theme, original.replace(from, to));
      expect(await problemOf(), to).toEqual([[lineOf(original, line), message]]);
    }
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
    expect(project.files('p')).toEqual([]);
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
    expect(await problemFor("import './case.css';")).toEqual([1, 8, 'the template cannot be compiled: satori does not read stylesheets: "./case.css"', 'Write the styles on the elements, as style={{ … }} (see the default templates).']);
    expect(await problemFor("import photo from './photo.webp'; console.log(photo);")).toEqual([1, 19, 'the template cannot be compiled: satori draws .png, .jpg and .svg images only: "./photo.webp"', 'Save the image as .png or .jpg (or .svg) and import that.']);
    expect(await problemFor("import clsx from '@acme/clsx/lite'; console.log(clsx);")).toEqual([1, 18, 'the template cannot be compiled: Could not resolve "@acme/clsx/lite"', 'Install the package into the project (npm install @acme/clsx), or take the import out.']);
    expect(project.files('p')).toEqual([]);
  });

  it('says when a component returns nothing to draw or a list, at its declaration, or an object or function where text goes, or uses <Words> wrongly', async () => {
    project = makeProject('inc-empty');
    const closing = path.join(project.copyTemplates(), 'Closing.tsx');
    const original = readFileSync(closing, 'utf8');
    writeFileSync(closing, original.replace('  return (\n    <Page frame={frame}>', '  if (lines.length > 0) return null;\n  return (\n    <Page frame={frame}>'));
    project.deck('p', deckText(THREE));
    // satori failed deep inside: "Cannot read properties of undefined (reading 'length')", no line.
    const error = await project.buildFails();
    const line = original.split('\n').findIndex((l) => l.startsWith('export default function Closing(')) + 1;
    expect(error.problems.map((p) => [p.place.line, p.place.col, p.message])).toEqual([[line, 16, 'the closing template drew nothing: its component returned null (or false) for a slide']]);
    // An object where text goes ({frame} for {frame.index}): the same "Cannot read properties of undefined".
    writeFileSync(closing, original.replace('<Page frame={frame}>', '<Page frame={frame}>\n      <div>{frame}</div>'));
    const object = await project.buildFails();
    // At the line that writes it: React keeps none, but the fields say it is the frame.
    const written = readFileSync(closing, 'utf8').split('\n').findIndex((l) => l.includes('<div>{frame}</div>')) + 1;
    expect(object.problems.map((p) => [p.place.line, p.place.col, p.message, p.hint])).toEqual([[written, 12, 'the closing template puts an object (with the fields index, total, deckTitle, organization) where text or elements go', 'Write the field that is meant, not the whole object: {x.index} rather than {x}.']]);
    // A list of elements returned, a function where text goes, <Words> given no text: satori
    // (or Words) failed with "Cannot destructure property 'children'", "reading 'children'",
    // "reading 'split'".
    const messagesOf = async (from: string, to: string) => {
      writeFileSync(closing, original.replace(from, to));
      return (await project.buildFails()).problems.map((p) => [p.place.line, p.message]);
    };
    expect(await messagesOf('  return (\n    <Page frame={frame}>', "  return [<div key=\"a\" style={{ display: 'flex' }}>가</div>];\n  return (\n    <Page frame={frame}>")).toEqual([[line, "the closing template's component returned a list of elements, not one"]]);
    expect(await messagesOf('{lines.map((line, i) => (', '{() => 1}{lines.map((line, i) => (')).toEqual([[0, 'the closing template puts a function where text or elements go']]);
    // A function with a name is found by it, written as a child.
    const contact = "<div style={{ display: 'flex' }}>{contact}</div>";
    writeFileSync(closing, original.replace('export default function Closing(', "const contact = () => '문의 02-351-0000';\nexport default function Closing(").replace('{lines.map((line, i) => (', `${contact}\n            {lines.map((line, i) => (`));
    const named = (await project.buildFails()).problems;
    const contactLine = readFileSync(closing, 'utf8').split('\n').findIndex((l) => l.includes(contact));
    expect(named.map((p) => [p.place.line, p.place.col, p.message, p.hint])).toEqual([[contactLine + 1, 13 + contact.indexOf('{contact}'), 'the closing template puts a function where text or elements go', 'Call it ({contact()} rather than {contact}), or write the element itself.']]);
    expect(await messagesOf('<Words key={i} text={line}', '<Words key={i} text={undefined}')).toEqual([[0, 'the closing template failed while drawing a slide: <Words> needs its text as a string (text="…" or text={…}), but it was given nothing']]);
    // Without text= at all, the tag is found, over lines too: its text written between the tags, as React has it.
    const wordsAt = original.split('\n').findIndex((l) => l.includes('<Words key={i} text={line}')) + 1;
    expect(await messagesOf('<Words key={i} text={line}', '<Words key={i}')).toEqual([[wordsAt, 'the closing template failed while drawing a slide: <Words> needs its text as a string (text="…" or text={…}), but it was given nothing']]);
    expect(await messagesOf("<Words key={i} text={line} fontSize={size.closing} lineHeight={lineHeight.closing} style={{ textAlign: 'center', fontWeight: 700, color: colors.ink }} />", "<Words\n                key={i} fontSize={size.closing} lineHeight={lineHeight.closing} style={{ textAlign: 'center', fontWeight: 700, color: colors.ink }}>\n                {line}\n              </Words>")).toEqual([[wordsAt, 'the closing template failed while drawing a slide: <Words> needs its text as a string (text="…" or text={…}), but it was given nothing: write it as text="…", not between <Words> and </Words>']]);
    // A misspelt prop of <Words> drew the text at satori's own line height, without a word; a
    // size written as CSS ("62px") gave a line height of NaN to the fit check.
    const wordsLine = original.split('\n').findIndex((l) => l.includes('<Words key={i} text={line}')) + 1;
    expect(await messagesOf('<Words key={i} text={line} fontSize={size.closing} lineHeight=', '<Words key={i} text={line} fontSize={size.closing} lineHeght=')).toEqual([[wordsLine, 'the closing template failed while drawing a slide: <Words> has no prop "lineHeght" (did you mean "lineHeight"?): it takes text, fontSize, lineHeight, style, fit']]);
    expect(await messagesOf('<Words key={i} text={line} fontSize={size.closing}', '<Words key={i} text={line} fontSize="62px"')).toEqual([[wordsLine, 'the closing template failed while drawing a slide: <Words> needs fontSize as a number (fontSize={40}), but it was given "62px"']]);
  });

  it('says when a box with overflow: hidden cuts off text, which satori draws clipped without a word', async () => {
    project = makeProject('inc-clip');
    // A designer's card of fixed height: the last closing line falls below it, and was cut off.
    project.editTemplate('Closing.tsx', "flexDirection: 'column', flexShrink: 0, alignItems: 'center'", "flexDirection: 'column', flexShrink: 0, alignItems: 'center', height: 300, overflow: 'hidden'");
    project.deck('p', deckText(THREE).replace('    - 감사합니다\n', '    - 감사합니다\n    - 은평구의 적극행정은\n    - 언제나 ON\n    - 계속됩니다\n'));
    const error = await project.buildFails();
    expect(error.problems.map((p) => [p.place.line, p.message])).toEqual([[deckText(THREE).split('\n').length + 2, expect.stringMatching(/^the closing: "계속됩니다" sticks out of its box by \d+ px at 1080×1350 \(more lines than there is room for\)$/)]]);
    expect(project.files('p')).toEqual([]);
  });

  it('blames text a template writes itself, not the deck, when it sticks out of its box', async () => {
    project = makeProject('inc-template-text');
    // A flex row of a text, a <b> and a text: satori squeezes the <b>, and its text runs out.
    const { line } = project.editTemplate('Closing.tsx', '{lines.map((line, i) => (', '<div style={{ fontSize: 30 }}>문의 <b>기획예산과</b> 02-351-0000</div>\n        {lines.map((line, i) => (');
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    expect(error.problems.map((p) => [p.place.file.endsWith('Closing.tsx'), p.place.line, p.message])).toEqual([[true, line, expect.stringMatching(/^the closing template's text "기획예산과" sticks out of its box by \d+ px at 1080×1350$/)]]);
  });

  it('refuses what satori would quietly get wrong in a template — a style that cuts text short, a class name, an image without a size, a weight or italic with no font, a colour that is none, a misspelt property — at its line', async () => {
    const cases: [string, string, string, string][] = [
      // With lineClamp or textOverflow: ellipsis, satori ends a text that does not fit with "…".
      ['Case.tsx', 'style={{ fontWeight: 800, color: colors.ink', 'style={{ lineClamp: 2, fontWeight: 800, color: colors.ink', 'the case template sets lineClamp: 2, with which satori would cut a text that does not fit short ("…") without saying so'],
      // satori reads only style={{ … }}: the element was drawn unstyled.
      ['Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", "<div className=\"closing-bar\" style={{ display: 'flex', width: bars.closing.width", 'the closing template gives an element className="closing-bar", which satori ignores: it draws only the styles in style={{ … }}'],
      // The bar above such an image came out 0 px high.
      ['Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", `<img src="${DOT_PNG}" />\n            <div style={{ display: 'flex', width: bars.closing.width`, 'the closing template draws an <img> with neither a width nor a height: satori then lays out the boxes around it wrongly (they collapse), without a word'],
      ['Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", `<svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="red" /></svg>\n            <div style={{ display: 'flex', width: bars.closing.width`, 'the closing template draws an <svg> with neither a width nor a height: satori then lays out the boxes around it wrongly (they collapse), without a word'],
      // A weight the theme loads no font for: satori drew 600 as 700.
      ['Closing.tsx', "textAlign: 'center', fontWeight: 700", "textAlign: 'center', fontWeight: 600", 'the closing template sets fontWeight 600, but the theme loads Pretendard GOV only in 400, 700, 800: satori would draw that text in the nearest of those instead'],
      // A weight in quotes is found as written (it was put at the first line with a fontWeight).
      ['Cover.tsx', 'style={{ fontWeight: 700, color: colors.coverKicker', "style={{ fontWeight: '600', color: colors.coverKicker", 'the cover template sets fontWeight 600, but the theme loads Pretendard GOV only in 400, 700, 800: satori would draw that text in the nearest of those instead'],
      // A weight's name, as a design tool writes it: satori read NaN, and drew the first font.
      ['Closing.tsx', "textAlign: 'center', fontWeight: 700", "textAlign: 'center', fontWeight: 'SemiBold'", "the closing template sets fontWeight 'SemiBold', which satori does not read as a weight: it would draw that text in whichever font comes first"],
      ['Closing.tsx', "textAlign: 'center', fontWeight: 700", "textAlign: 'center', fontStyle: 'italic', fontWeight: 700", "the closing template asks for italic text (fontStyle: 'italic'), but cardnews loads no italic fonts: satori would draw it upright"],
      // A colour resvg cannot read, written in the component rather than the theme.
      ['Closing.tsx', "fontWeight: 700, color: colors.ink", "fontWeight: 700, color: 'gery'", 'the closing template\'s color has "gery", which is not a colour: resvg would draw it black, or not at all'],
      // A colour written as a number: satori passed it on as fill="2052008", which resvg cannot read.
      ['Closing.tsx', "fontWeight: 700, color: colors.ink", 'fontWeight: 700, color: 0x1f4fa8', 'the closing template\'s color has "2052008", which is not a colour: resvg would draw it black, or not at all'],
      // A misspelt property: satori skipped it, and the bar was drawn without its colour.
      ['Closing.tsx', "<div style={{ display: 'flex', width: bars.closing.width", "<div style={{ display: 'flex', backgroundColour: 'red', width: bars.closing.width", 'the closing template\'s style has "backgroundColour", which is not a CSS property: satori skips it, and draws the element without it'],
    ];
    for (const [i, [file, from, to, message]] of cases.entries()) {
      // The last one is removed after the test, like every test's project.
      if (i > 0) project.remove();
      project = makeProject('inc-quiet');
      const { line } = project.editTemplate(file, from, to);
      project.deck('p', deckText(THREE));
      const error = await project.buildFails();
      expect(error.problems.map((p) => [p.place.line, p.message])).toEqual([[line, message]]);
    }
  });

  it('names the mistakes of every template at once, several of a template too, and each once however many decks use it', async () => {
    project = makeProject('inc-every-template');
    // A case template's mistake stopped the plan before the cover was laid out: one template per build.
    const inCase = project.editTemplate('Case.tsx', 'borderRadius: space.cardRadius, backgroundColor: colors.card', 'borderRadius: space.cardRadius, backgroundColour: colors.card');
    const inCase2 = project.editTemplate('Case.tsx', "<div data-fit=\"content\" style={{ display: 'flex', flexDirection: 'column'", "<div data-fit=\"content\" style={{ display: 'flex', flexDirecton: 'column'");
    const inCover = project.editTemplate('Cover.tsx', "justifyContent: 'space-between', alignItems: 'center', fontSize: size.coverMeta", "justifyContent: 'space-between', alignItems: 'center', fontSise: size.coverMeta");
    const bar = project.editTemplate('Closing.tsx', 'backgroundColor: colors.accent, marginBottom: bars.closing.gap', "backgroundColor: '#12', marginBottom: bars.closing.gap");
    const ink = project.editTemplate('Closing.tsx', "fontWeight: 700, color: colors.ink", "fontWeight: 700, color: 'gery'");
    project.deck('p', deckText(THREE));
    project.deck('q', deckText(THREE));
    const error = await project.buildFails();
    expect(error.problems.map((p) => [path.basename(p.place.file), p.place.line, p.message])).toEqual([
      ['Case.tsx', inCase.line, 'the case template\'s style has "backgroundColour", which is not a CSS property: satori skips it, and draws the element without it'],
      ['Case.tsx', inCase2.line, 'the case template\'s style has "flexDirecton", which is not a CSS property: satori skips it, and draws the element without it'],
      ['Cover.tsx', inCover.line, 'the cover template\'s style has "fontSise", which is not a CSS property: satori skips it, and draws the element without it'],
      ['Closing.tsx', bar.line, 'the closing template\'s backgroundColor has "#12", which is not a colour: resvg would draw it black, or not at all'],
      ['Closing.tsx', ink.line, 'the closing template\'s color has "gery", which is not a colour: resvg would draw it black, or not at all'],
    ]);
    expect(error.problems.map((p) => p.hint).filter((hint) => hint.startsWith('Did'))).toEqual(['Did you mean "backgroundColor"?', 'Did you mean "flexDirection"?', 'Did you mean "fontSize"?']);
    expect([project.files('p'), project.files('q')]).toEqual([[], []]);
  });

  it('names every class name, italic and text-cutting style of a template at once, each at every line that gives it', async () => {
    project = makeProject('inc-every-kind');
    // A template made from a web page: class names everywhere took one build each.
    const card = project.editTemplate('Closing.tsx', "<div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1", "<div className=\"card\" style={{ display: 'flex', flexDirection: 'column', flexGrow: 1");
    const frame = project.editTemplate('Closing.tsx', '<div data-fit="frame" style', '<div data-fit="frame" className="card-body" style');
    const content = project.editTemplate('Closing.tsx', '<div data-fit="content" style', '<div data-fit="content" className="card" style');
    const italic = project.editTemplate('Closing.tsx', "textAlign: 'center', fontWeight: 700", "textAlign: 'center', fontStyle: 'oblique', textOverflow: 'ellipsis', fontWeight: 700");
    const em = project.editTemplate('Cover.tsx', '{theme.coverGlows.map(', "<em style={{ display: 'flex', fontSize: 20 }}>표지</em>\n      {theme.coverGlows.map(");
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    const classMessage = (name: string) => `the closing template gives an element className="${name}", which satori ignores: it draws only the styles in style={{ … }}`;
    // The cover's mistake hid the closing's: they are laid out side by side.
    expect(error.problems.map((p) => [path.basename(p.place.file), p.place.line, p.message])).toEqual([
      ['Cover.tsx', em.line, 'the cover template asks for italic text (<em>), but cardnews loads no italic fonts: satori would draw it upright'],
      ['Closing.tsx', card.line, classMessage('card')],
      ['Closing.tsx', frame.line, classMessage('card-body')],
      ['Closing.tsx', content.line, classMessage('card')],
      ['Closing.tsx', italic.line, "the closing template asks for italic text (fontStyle: 'oblique'), but cardnews loads no italic fonts: satori would draw it upright"],
      ['Closing.tsx', italic.line, "the closing template sets textOverflow: 'ellipsis', with which satori would cut a text that does not fit short (\"…\") without saying so"],
    ]);
  });

  it('names every line that writes a weight no font of the theme has, at once', async () => {
    project = makeProject('inc-weight-everywhere');
    // A theme whose family lacks ExtraBold: the templates write 800 in five places, found one
    // slide kind, and one build, at a time.
    project.editTemplate('theme.ts', "    { family: 'Pretendard GOV', weight: 800, npm: gov('ExtraBold') },\n", '');
    project.deck('p', deckText(THREE));
    const error = await project.buildFails();
    const dir = path.join(project.paths.templates, 'default');
    const written = readdirSync(dir).sort().flatMap((name) => readFileSync(path.join(dir, name), 'utf8').split('\n').flatMap((line, i) => (line.includes('fontWeight: 800') ? [[name, i + 1]] : [])));
    expect(written.length).toBeGreaterThan(2);
    expect(error.problems.map((p) => [path.basename(p.place.file), p.place.line])).toEqual(written);
    expect(new Set(error.problems.map((p) => p.message))).toEqual(new Set(['fontWeight 800 here has no font: the theme loads Pretendard GOV only in 400, 700, and satori would draw this text in the nearest of those instead']));
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
    expect(error.problems[0]?.message).toMatch(/^the closing template failed while drawing a slide: Invalid value for CSS property "display"\. .*Received: "table"\.$/);
    expect(project.files('p')).toEqual([]);
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
    writeFileSync(theme, readFileSync(theme, 'utf8').replace("bullet: '龘'", "bullet: '🔹'"));
    const templateProblem = (await project.buildFails()).problems[0];
    const line = lineOf(closing, '䶵');
    expect(templateProblem?.place).toEqual({ file: path.relative(process.cwd(), closing), line, col: (readFileSync(closing, 'utf8').split('\n')[line - 1] ?? '').indexOf('䶵') + 1 });
    expect(templateProblem?.message).toBe('the closing template draws 䶵 (U+4DB5), which none of the fonts can draw');
    expect(project.files('p')).toEqual([]);
  });

  it('stops a second build on the same output with a clear message', async () => {
    project = makeProject('inc-lock');
    project.deck('p', deckText(THREE));
    await project.build();
    project.deck('p', deckText(['가 사례']));
    const lock = acquireLock(path.join(project.paths.output, 'p'));
    try {
      const error = await project.buildFails();
      expect(error.message).toContain(`another cardnews build (process ${process.pid}) is writing this folder right now`);
    } finally {
      lock.release();
    }
    expect(project.files('p')).toHaveLength(5);
  });

  it('takes over a lock whose build is a zombie, or whose process id now belongs to another process', async () => {
    project = makeProject('inc-stale-lock');
    project.deck('p', deckText(THREE));
    await project.build();
    const lockFile = path.join(project.paths.output, 'p', '.cardnews.lock');
    // A killed build whose parent has not collected it still answers kill(pid, 0): here `sleep 0`
    // has exited, and the process that started it (now `sleep 5`) never collects it.
    const parent = spawn('bash', ['-c', 'sleep 0 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const zombie = await new Promise<string>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
      while (!readFileSync(`/proc/${zombie}/stat`, 'utf8').includes(') Z ')) await new Promise((resolve) => setTimeout(resolve, 10));
      writeFileSync(lockFile, zombie);
      project.deck('p', deckText(['가 사례']));
      expect(namesWith(await project.build(), 'rendered')).toEqual(['p/01-cover', 'p/02-case1', 'p/03-closing']);
    } finally {
      parent.kill();
    }
    // The process id of a process that is alive, with the start time of one that is not.
    writeFileSync(lockFile, `${process.ppid} 1`);
    project.deck('p', deckText(THREE));
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(5);
  });
});
