/**
 * Make-like behaviour: after each kind of change, exactly the slides that depend on it are drawn
 * again; dry runs write nothing; interrupted builds leave a consistent output that the next
 * build completes; a second build never interleaves with a running one.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../testing/fixtures.ts';
import { deckText, gov, THREE } from '../testing/decks.ts';
import { countColor, hexToRgb, readRaw } from '../testing/images.ts';
import { exampleDeck, makeProject, namesWith, type TestProject } from '../testing/project.ts';
import { buildStale } from './buildStale.ts';
import { clean, periodsWithoutDeck } from './clean.ts';
import { firstTime } from '../errors.ts';
import { hashOf, stampFile } from './hash.ts';
import { freshness } from './freshness.ts';
import { acquireLock, LAPSE_MS, RENEW_MS } from './lock.ts';
import { manifestPath, readManifest } from './manifest.ts';
import { preparePeriod } from './preparePeriod.ts';

const run = promisify(execFile);
const bin = path.join(repoRoot, 'bin', 'cardnews.js');

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

  it('says the last build\'s warnings again while nothing changes, and not once they are mended', async () => {
    // A warning said once, by the build that drew the slides, seemed gone on the next build.
    project = makeProject('inc-warnings');
    const deck = project.deck('p', deckText(THREE).replace('감사합니다', '"**감사**합니다"'));
    const warning = `${path.relative(process.cwd(), deck)}:27:8: closing line 1 has Markdown bold (**…**), which is drawn with its asterisks (a deck has no bold); take them out.`;
    const warned = async () => (await project.build()).flatMap((r) => r.warnings);
    expect(await warned()).toEqual([warning]);
    expect(await warned()).toEqual([warning]);
    // Kept by the file's absolute path, and said relative to the folder the next build runs in
    // (one run from data/ said the data/p.yaml of the build before, which is no file there).
    const manifest = JSON.parse(readFileSync(path.join(project.paths.output, 'p', '.cardnews-manifest.json'), 'utf8')) as { warnings: string[] };
    expect(manifest.warnings).toEqual([warning.replace(path.relative(process.cwd(), deck), deck)]);
    project.deck('p', deckText(THREE));
    expect(await warned()).toEqual([]);
    expect(await warned()).toEqual([]);
  });

  it('tells the progress how far the slides are laid out, then which slides the workers are on: each before its image is written, never more than the workers at once', async () => {
    project = makeProject('inc-progress');
    project.deck('p', deckText(THREE));
    const events: string[] = [];
    const drawing = new Set<string>();
    let most = 0;
    const progress = {
      planning: (id: string, note: string) => events.push(`${id}: ${note}`),
      period: (id: string, total: number) => events.push(`${id}: ${total} to draw`),
      warn: () => {},
      done: () => {},
      clear: () => {},
      drawing: (_: string, file: string) => {
        events.push(`drawing ${path.basename(file)}`);
        drawing.add(file);
        most = Math.max(most, drawing.size);
      },
      slide: (_: string, file: string) => {
        events.push(`${drawing.delete(file) ? 'wrote' : 'wrote unannounced'} ${path.basename(file)}`);
      },
    };
    await project.build({ progress, jobs: 2 });
    // The cases' page breaks (a case of one slide is laid out where it sits at once), then the
    // cover and the closing: the bar moves while the slides are laid out, before it knows which
    // it will draw.
    const drawn = events.findIndex((e) => e.startsWith('drawing'));
    expect(events.slice(0, drawn)).toEqual(['p: laying out cases 0/3', 'p: laying out cases 1/3', 'p: laying out cases 2/3', 'p: laying out cases 3/3', 'p: laying out slides 0/2', 'p: laying out slides 1/2', 'p: laying out slides 2/2', 'p: 5 to draw']);
    expect(events.filter((e) => e.startsWith('drawing')).sort()).toEqual(['01-cover', '02-case1', '03-case2', '04-case3', '05-closing'].map((n) => `drawing ${n}.png`));
    expect(events.filter((e) => e.startsWith('wrote')).sort()).toEqual(['01-cover', '02-case1', '03-case2', '04-case3', '05-closing'].map((n) => `wrote ${n}.png`));
    expect(most).toBeGreaterThanOrEqual(1);
    expect(most).toBeLessThanOrEqual(2);
  });

  it('re-renders exactly the slide whose bullet changed', async () => {
    project = makeProject('inc-bullet');
    const file = project.deck('p', deckText(THREE));
    await project.build();
    // The new emoji is part of the new content: its image is none of the reason.
    writeFileSync(file, readFileSync(file, 'utf8').replace('2번 사례의 두 번째 내용입니다', '2번 사례의 고친 내용입니다 🎉'));
    const reports = await project.build();
    expect(namesWith(reports, 'rendered')).toEqual(['p/03-case2']);
    expect(reports[0]?.slides.find((s) => s.name === '03-case2')?.reason).toBe('content changed');
  });

  it('redraws a slide whose bullet was saved again within the time a file system keeps, at the same size', async () => {
    // On a USB stick (FAT keeps times to 2 s) a second save soon after the first can keep the
    // file's time, and an edit of one syllable its size: the build trusted the time and drew nothing.
    project = makeProject('inc-racy');
    const file = project.deck('p', deckText(THREE));
    const savedAt = new Date();
    utimesSync(file, savedAt, savedAt);
    await project.build();
    writeFileSync(file, readFileSync(file, 'utf8').replace('2번 사례의 두 번째 내용입니다', '2번 사례의 두 번째 내용이었다'));
    utimesSync(file, savedAt, savedAt);
    expect(namesWith(await project.build(), 'rendered')).toEqual(['p/03-case2']);
    // A file whose time is well past when it was read is trusted by its time, as before.
    writeFileSync(file, readFileSync(file, 'utf8').replace('내용이었다', '내용입니다'));
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(file, longAgo, longAgo);
    expect(namesWith(await project.build(), 'rendered')).toEqual(['p/03-case2']);
    expect(readManifest(path.join(project.paths.output, 'p'))?.inputs[file]?.mtimeMs).toBe(statSync(file).mtimeMs);
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

    // Another theme named in the deck: said so (it was "theme.ts", the file the two have in common).
    cpSync(dir, path.join(project.paths.templates, 'brand'), { recursive: true });
    writeFileSync(path.join(project.paths.templates, 'brand', 'theme.ts'), readFileSync(path.join(dir, 'theme.ts'), 'utf8').replace("page: '#EEF2F8'", "page: '#F2F2F2'"));
    project.deck('p', `theme: brand\n${deckText(THREE)}`);
    const switched = await project.build();
    expect(new Set(switched[0]?.slides.map((s) => s.reason))).toEqual(new Set(['template changed (theme default → brand)']));
  });

  it('draws nothing again when a project copies the templates cardnews ships, wherever the project is', async () => {
    // In /tmp, the project's copy sorted before cardnews's own files (and inside this repository
    // after them): the files were hashed in the order of their paths, and all 5 slides were drawn
    // again for "template changed". A name starting with "0" sorts first here and on CI.
    project = makeProject('0inc-copy', tmpdir());
    project.deck('p', deckText(THREE));
    await project.build();
    project.copyTemplates();
    expect(namesWith(await project.build(), 'up-to-date')).toHaveLength(5);
  });

  it('follows imports written as TypeScript and React code writes them: without an ending, of a folder\'s index, with require() or a query', async () => {
    project = makeProject('inc-imports-bare');
    project.deck('p', deckText(THREE));
    const dir = project.copyTemplates();
    // The case's badge from a folder of its own, the page shell from './parts' (it was left out
    // of what case slides depend on: an edit to it redrew the cover and the closing alone).
    mkdirSync(path.join(dir, 'badge'));
    // A require() too, as CommonJS writes an import (esbuild bundles it).
    // And an image with a query, as Vite writes one (`?url`), which esbuild drops.
    writeFileSync(path.join(dir, 'badge', 'index.tsx'), "import { Badge } from '../parts';\nimport dot from './dot.svg?url';\nconst { prefix } = require('./words.json') as { prefix: string };\nexport const TierBadge = ({ award }: { award: string }) => <div style={{ display: 'flex' }}><img src={dot} width={20} height={20} /><Badge award={`${prefix}${award}`} /></div>;\n");
    const dot = (fill: string) => writeFileSync(path.join(dir, 'badge', 'dot.svg'), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><circle cx="1" cy="1" r="1" fill="${fill}"/></svg>`);
    dot('#e0a000');
    // Its text is drawn in the fonts cut to the deck's and the templates' characters: a file not
    // followed left "쀍" out of them, "which none of the fonts can draw".
    writeFileSync(path.join(dir, 'badge', 'words.json'), '{ "prefix": "쀍 " }');
    project.editTemplate('Case.tsx', "import { Badge, Page, Pill } from './parts.tsx';", "import { Page, Pill } from './parts';\nimport { TierBadge as Badge } from './badge';");
    await project.build();
    project.editTemplate('parts.tsx', 'fontSize: size.badge, fontWeight: 800', 'fontSize: size.badge, fontWeight: 700');
    const parts = await project.build();
    expect(namesWith(parts, 'rendered')).toEqual(['p/01-cover', 'p/02-case1', 'p/03-case2', 'p/04-case3', 'p/05-closing']);
    writeFileSync(path.join(dir, 'badge', 'words.json'), '{ "prefix": "🏅 " }');
    expect(namesWith(await project.build(), 'rendered')).toEqual(['p/02-case1', 'p/03-case2', 'p/04-case3']);
    dot('#c08000');
    expect(namesWith(await project.build(), 'rendered')).toEqual(['p/02-case1', 'p/03-case2', 'p/04-case3']);
  });

  it('redraws the slides of a template that imports a package once npm installs another version of it, in its new look', async () => {
    project = makeProject('inc-package');
    project.deck('p', deckText(THREE));
    // An icon set from npm, as the closing's template imports it; it goes into the template
    // bundle, which was kept: the old icons stayed, even with --force.
    const icons = path.join(project.root, 'node_modules', '@brand', 'icons');
    mkdirSync(icons, { recursive: true });
    const release = (version: string, fill: string) => {
      writeFileSync(path.join(icons, 'package.json'), JSON.stringify({ name: '@brand/icons', version, main: 'index.js' }));
      writeFileSync(path.join(icons, 'index.js'), `const { createElement } = require('react');\nexports.Dot = () => createElement('div', { style: { display: 'flex', width: 60, height: 60, backgroundColor: '${fill}' } });\n`);
    };
    release('1.0.0', '#e03131');
    project.copyTemplates();
    project.editTemplate('Closing.tsx', "import { Page } from './parts.tsx';", "import { Page } from './parts.tsx';\nimport { Dot } from '@brand/icons/index.js';");
    project.editTemplate('Closing.tsx', '            ))}\n', '            ))}\n            <Dot />\n');
    await project.build();
    release('1.1.0', '#1971c2');
    const reports = await project.build();
    expect(namesWith(reports, 'rendered')).toEqual(['p/05-closing']);
    expect(reports[0]?.slides.find((s) => s.name === '05-closing')?.reason).toBe('template changed (package @brand/icons)');
    const closing = await readRaw(path.join(project.paths.output, 'p', '05-closing.png'));
    expect([countColor(closing, hexToRgb('#1971c2'), 2), countColor(closing, hexToRgb('#e03131'), 2)]).toEqual([3600, 0]);
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
    writeFileSync(path.join(out, '04-case3.png'), readFileSync(path.join(out, '04-case3.png')).subarray(0, 100));
    const reasons = (await project.build())[0]?.slides.filter((s) => s.action === 'rendered').map((s) => [s.name, s.reason]);
    expect(reasons).toEqual([
      ['02-case1', 'image missing'],
      ['03-case2', 'image missing'],
      ['04-case3', 'image changed on disk since it was drawn'],
    ]);
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

  it('draws two periods of the same text in two themes each in its own theme', async () => {
    // One deck for Instagram and a copy for the blog in another look: their slides have the same
    // props and places, and a worker drew both periods from the layout of whichever came last.
    project = makeProject('inc-two-themes');
    const pink = path.join(project.paths.templates, 'pink');
    cpSync(project.copyTemplates(), pink, { recursive: true });
    writeFileSync(path.join(pink, 'theme.ts'), readFileSync(path.join(pink, 'theme.ts'), 'utf8').replace("card: '#FFFFFF'", "card: '#FFD0D0'"));
    project.deck('insta', deckText(THREE));
    project.deck('blog', `theme: pink\n${deckText(THREE)}`);
    // One worker: it lays out both periods' slides before drawing any.
    await project.build({ jobs: 1 });
    const card = async (period: string, slide: string) => countColor(await readRaw(path.join(project.paths.output, period, `${slide}.png`)), hexToRgb('#FFD0D0'), 4, { left: 400, top: 1100, width: 200, height: 100 });
    for (const slide of ['02-case1', '03-case2', '04-case3', '05-closing']) {
      expect([slide, await card('insta', slide), await card('blog', slide)]).toEqual([slide, 0, 200 * 100]);
    }
  });

  it('draws periods that differ by an emoji alone each with its own emoji', async () => {
    // Their fonts, cut to their characters, are the same: a worker drew the second period with
    // the first one's emoji images, and 💡 came out blank. Six periods: more setups than a worker
    // keeps loaded, so some are loaded again between their layouts and their drawing.
    project = makeProject('inc-emoji-periods');
    // Each emoji by a colour of its Twemoji image that the default closing slide does not have.
    const periods = { a: ['💡', '#FFD983'], b: ['🎉', '#DD2E44'], c: ['🍀', '#77B255'], d: ['💙', '#5DADEC'], e: ['🍊', '#F4900C'], f: ['🍇', '#744EAA'] } as const;
    for (const [id, [emoji]] of Object.entries(periods)) project.deck(id, deckText(THREE).replace('감사합니다', `감사합니다 ${emoji}`));
    const count = async (period: string, hex: string) => countColor(await readRaw(path.join(project.paths.output, period, '05-closing.png')), hexToRgb(hex), 8);
    // Again with the images gone: drawn from the layouts the first build kept, without laying them out.
    for (const again of [false, true]) {
      if (again) for (const id of Object.keys(periods)) rmSync(path.join(project.paths.output, id, '05-closing.png'));
      await project.build({ jobs: 1 });
      for (const [id, [, colour]] of Object.entries(periods)) expect([id, await count(id, colour) > 300]).toEqual([id, true]);
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

  it('re-renders everything drawn by another version of cardnews, satori, resvg or sharp, naming it', async () => {
    project = makeProject('inc-tools');
    project.deck('p', deckText(THREE));
    await project.build();
    // As if cardnews 0.0.1 had drawn them: the manifest records the versions and each slide's parts.
    const dir = path.join(project.paths.output, 'p');
    const manifest = readManifest(dir);
    if (manifest === undefined) throw new Error('no manifest');
    const version = manifest.tools['cardnews'];
    manifest.tools['cardnews'] = '0.0.1';
    for (const slide of manifest.slides) [slide.key, slide.parts.tools] = [`old ${slide.key}`, 'old'];
    writeFileSync(manifestPath(dir), JSON.stringify(manifest));
    const reports = await project.build();
    expect(namesWith(reports, 'rendered')).toHaveLength(5);
    expect(reports[0]?.slides[0]?.reason).toBe(`tool versions changed (cardnews 0.0.1 → ${version})`);
  });

  it("names cardnews's own files a template imports as such when they changed (a new <Words>)", async () => {
    project = makeProject('inc-own');
    project.deck('p', deckText(THREE));
    project.copyTemplates();
    await project.build();
    // As if drawn with another Words.tsx: the manifest records each input file and each slide's parts.
    const dir = path.join(project.paths.output, 'p');
    const manifest = readManifest(dir);
    if (manifest === undefined) throw new Error('no manifest');
    const words = Object.entries(manifest.inputs).find(([file]) => file.endsWith(path.join('compose', 'Words.tsx')));
    if (words === undefined) throw new Error('Words.tsx is no input');
    manifest.inputs[words[0]] = { ...words[1], hash: 'old', mtimeMs: 0 };
    for (const slide of manifest.slides) [slide.key, slide.parts.template] = [`old ${slide.key}`, 'old'];
    writeFileSync(manifestPath(dir), JSON.stringify(manifest));
    const reports = await project.build();
    expect(namesWith(reports, 'rendered')).toHaveLength(5);
    expect(reports[0]?.slides[0]?.reason).toBe("template changed (cardnews's Words.tsx)");
  });

  it("names a file of the project's that a template imports from outside its folder by its path in the project (it was called cardnews's)", async () => {
    project = makeProject('inc-shared');
    project.deck('p', deckText(THREE));
    const brand = path.join(project.root, 'brand');
    mkdirSync(brand);
    writeFileSync(path.join(brand, 'colors.json'), '{ "accent": "#1F4FA8" }');
    project.copyTemplates();
    project.editTemplate('theme.ts', "import type { ThemeCore } from 'cardnews/template';", "import type { ThemeCore } from 'cardnews/template';\nimport brandColors from '../../brand/colors.json';");
    project.editTemplate('theme.ts', "accent: '#1F4FA8',", 'accent: brandColors.accent,');
    await project.build();
    writeFileSync(path.join(brand, 'colors.json'), '{ "accent": "#C2255C" }');
    const reports = await project.build();
    expect(namesWith(reports, 'rendered')).toHaveLength(5);
    expect(new Set(reports[0]?.slides.map((s) => s.reason))).toEqual(new Set([`template changed (${path.join('brand', 'colors.json')})`]));
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

  it('lays out only the slide an edit changed: the other pages of its case come from the last build', async () => {
    // Checking the last build's page breaks laid out every page of the edited case again, in
    // one worker one after the other: two satori runs for one bullet of the example's case 1.
    project = makeProject('inc-one-layout');
    const file = project.deck('2024-h2', exampleDeck());
    const build = async () => {
      const { stdout, stderr } = await run('node', [bin, 'build'], { cwd: project.root, env: { ...process.env, CARDNEWS_TRACE: '1' } });
      const rendered = Array.from(stdout.matchAll(/^ {2}2024-h2\/(\S+)\.png/gm), (m) => m[1]);
      return { rendered, layouts: stderr.split('\n').filter((line) => line.endsWith('] laying out case 1')).length };
    };
    expect((await build()).rendered).toHaveLength(14);
    const onFirst = '은평구 관내 영세 소상공인 지역상권 회복을 위한 소상공인 지원 필요';
    const onSecond = '소상공인 성장지원으로 지역 내 소득 순환 촉진하여 경제적 안정성 마련';
    writeFileSync(file, exampleDeck().replace(onFirst, `${onFirst}함`));
    expect(await build()).toEqual({ rendered: ['02-case1'], layouts: 1 });
    writeFileSync(file, exampleDeck().replace(onFirst, `${onFirst}함`).replace(onSecond, `${onSecond}함`));
    expect(await build()).toEqual({ rendered: ['03-case1-2'], layouts: 1 });
  });

  it('lays out a renamed period with the layouts its old folder kept, not again', async () => {
    // A rename took 0.75 s for the example, laying out every slide, and now 0.35 s.
    project = makeProject('inc-rename-layouts');
    project.deck('old', deckText(THREE));
    await project.build();
    // One kept layout made to say the closing does not fit: believed, so it was taken.
    closingSaidNotToFit(path.join(project.paths.output, 'old'));
    renameSync(path.join(project.paths.data, 'old.yaml'), path.join(project.paths.data, 'new.yaml'));
    expect((await project.buildFails()).problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^the closing does not fit one slide .*needs 99,999 px/));
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

  it('builds a period whose manifest is damaged as if for the first time (it was an internal error, or "up to date")', async () => {
    project = makeProject('inc-damaged');
    project.deck('p', deckText(THREE));
    await project.build();
    const manifestFile = path.join(project.paths.output, 'p', '.cardnews-manifest.json');
    const good = readFileSync(manifestFile, 'utf8');
    const damages: ((m: Record<string, unknown>) => void)[] = [(m) => (m['inputs'] = null), (m) => (m['slides'] = [1, 2]), (m) => (m['warnings'] = 'x'), (m) => delete m['template']];
    for (const damage of damages) {
      const manifest = JSON.parse(good) as Record<string, unknown>;
      damage(manifest);
      writeFileSync(manifestFile, JSON.stringify(manifest));
      expect(namesWith(await project.build(), 'rendered')).toHaveLength(5);
      expect(namesWith(await project.build(), 'up-to-date')).toHaveLength(5);
    }
  });

  it('--force redraws every slide into byte-identical files', async () => {
    project = makeProject('inc-force');
    project.deck('p', deckText(THREE));
    await project.build();
    const read = () => project.files('p').map((f) => readFileSync(path.join(project.paths.output, 'p', f)));
    const first = read();
    expect(namesWith(await project.build({ force: true }), 'rendered')).toHaveLength(5);
    expect(read()).toEqual(first);
    // It lays every slide out again rather than trust the layouts the manifest keeps (they are
    // keyed by cardnews's version, not its code): here, one made to say the closing does not fit.
    closingSaidNotToFit(path.join(project.paths.output, 'p'));
    rmSync(path.join(project.paths.output, 'p', '05-closing.png'));
    expect((await project.buildFails()).problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^the closing does not fit one slide .*needs 99,999 px/));
    expect(namesWith(await project.build({ force: true }), 'rendered')).toHaveLength(5);
    expect(read()).toEqual(first);
  });

  it('an interrupted build leaves a consistent output that the next build completes', async () => {
    project = makeProject('inc-abort');
    project.deck('p', deckText(['가', '나', '다', '라', '마', '바']));
    const controller = new AbortController();
    const progress = { planning: () => {}, period: () => {}, drawing: () => {}, warn: () => {}, done: () => {}, clear: () => {}, slide: () => controller.abort() };
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
    // What Finder leaves in the folders it opens: a clean of every period stopped on output/.DS_Store.
    writeFileSync(path.join(project.paths.output, '.DS_Store'), 'Bud1');
    writeFileSync(path.join(project.paths.output, 'readme.txt'), 'mine');
    writeFileSync(path.join(dir, '.DS_Store'), 'Bud1');
    // And a folder of the user's own with copies of slides (uploaded ones, kept): a clean of
    // every period took it for one, and removed them.
    const kept = path.join(project.paths.output, '업로드완료');
    mkdirSync(kept);
    copyFileSync(path.join(dir, '01-cover.png'), path.join(kept, '01-cover.png'));
    expect((await clean(project.paths, [])).map((f) => path.basename(f)).sort()).toEqual(ours.filter((f) => f !== '06-closing.png'));
    expect([readdirSync(project.paths.output).sort(), readdirSync(dir).sort(), readdirSync(kept)]).toEqual([['.DS_Store', 'p', 'readme.txt', '업로드완료'], ['.DS_Store', 'notes.txt'], ['01-cover.png']]);
  });

  it("leaves alone a period's folder the user copied whole under another name, manifest and all; the folder of a deck gone is noted and cleaned", async () => {
    project = makeProject('inc-clean-copy');
    const deck = project.deck('p', deckText(THREE));
    await project.build();
    // As Explorer or Finder copies a folder: with the hidden manifest in it.
    const copy = path.join(project.paths.output, 'p (업로드 완료)');
    cpSync(path.join(project.paths.output, 'p'), copy, { recursive: true });
    const before = readdirSync(copy).sort();
    // It was noted as a period whose deck is gone, with the clean command, and a clean of every period emptied it.
    expect(periodsWithoutDeck(project.paths)).toEqual([]);
    expect((await clean(project.paths, [])).map((f) => path.relative(project.paths.output, f)).filter((f) => f.startsWith('p (')).length).toBe(0);
    expect(readdirSync(copy).sort()).toEqual(before);
    // The folder of a deck renamed since is the build's own.
    await project.build();
    renameSync(deck, path.join(project.paths.data, 'q.yaml'));
    expect(periodsWithoutDeck(project.paths)).toEqual(['p']);
    expect((await clean(project.paths, [])).some((f) => path.dirname(f) === path.join(project.paths.output, 'p'))).toBe(true);
    expect(readdirSync(copy).sort()).toEqual(before);
  });

  it('clean removes nothing while a build writes one of the folders it would empty', async () => {
    project = makeProject('inc-clean-lock');
    project.deck('p', deckText(THREE));
    project.deck('q', deckText(THREE));
    await project.build();
    // p comes first: the clean used to empty it before it found q's lock.
    const lock = acquireLock(path.join(project.paths.output, 'q'));
    try {
      await expect(clean(project.paths, [])).rejects.toThrow(`another cardnews build (process ${process.pid}) is writing this folder right now`);
    } finally {
      lock.release();
    }
    expect([readdirSync(path.join(project.paths.output, 'p')).length, readdirSync(path.join(project.paths.output, 'q')).length]).toEqual([6, 6]);
  });

  it('stops a second build on the same output with a clear message', async () => {
    project = makeProject('inc-lock');
    project.deck('p', deckText(THREE));
    await project.build();
    project.deck('p', deckText(['가 사례']));
    const lock = acquireLock(path.join(project.paths.output, 'p'));
    try {
      // Nothing is announced of a folder it cannot take ("p: 1 slide to render" came first).
      const said: string[] = [];
      const progress = { planning: (id: string) => said.push(id), period: (id: string) => said.push(id), warn: (w: string) => said.push(w), done: () => {}, clear: () => {}, drawing: () => {}, slide: () => {} };
      const error = await project.buildFails({ progress });
      expect(error.message).toContain(`another cardnews build (process ${process.pid}) is writing this folder right now`);
      expect(said).toEqual([]);
    } finally {
      lock.release();
    }
    expect(project.files('p')).toHaveLength(5);
  });

  it('leaves no output folder for a new period whose deck has a mistake: the lock had made one, and left it empty', async () => {
    project = makeProject('inc-no-folder');
    project.deck('p', deckText(THREE).replace('title: 가 사례', 'titel: 가 사례'));
    await project.buildFails();
    expect(existsSync(project.paths.output)).toBe(false);
    // Beside a period built before, only the new one's folder goes.
    project.deck('q', deckText(THREE));
    await project.buildFails();
    await project.build({ targets: ['q'] });
    await project.buildFails({ targets: ['p'] });
    expect(readdirSync(project.paths.output)).toEqual(['q']);
  });

  it('decides under the lock from the manifest another build left meanwhile: a build that read it before drew every slide again', async () => {
    project = makeProject('inc-lock-race');
    const deck = project.deck('p', deckText(THREE));
    await project.build();
    // A second build that found the folder empty as the first began, and took the lock once it ended.
    const { startPool } = await import('./startPool.ts');
    const reports = await buildStale([{ file: deck, outputDir: path.join(project.paths.output, 'p'), manifest: undefined }], { paths: project.paths, targets: [], mode: 'build' }, startPool('one', 1), firstTime());
    expect([namesWith(reports, 'rendered'), namesWith(reports, 'up-to-date')]).toEqual([[], ['p/01-cover', 'p/02-case1', 'p/03-case2', 'p/04-case3', 'p/05-closing']]);
    expectConsistent(project, 'p');
  });

  it('takes over a lock whose build is a zombie, or whose process id now belongs to another process', async () => {
    project = makeProject('inc-stale-lock');
    project.deck('p', deckText(THREE));
    await project.build();
    const lockFile = path.join(project.paths.output, 'p', '.cardnews.lock');
    // A killed build whose parent has not collected it still answers kill(pid, 0): here the
    // `sleep 0.2` exits once bash has become `sleep 5`, which never collects it (bash would).
    const parent = spawn('bash', ['-c', 'sleep 0.2 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
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

  it("stops at the lock of a build on another computer sharing the folder while that build renews it, and takes it over once it lapses", async () => {
    // A project on a network share, built from two computers: a process id says nothing about
    // another computer's processes, and the second build took the lock and wrote into the first's folder.
    project = makeProject('inc-host-lock');
    project.deck('p', deckText(THREE));
    const lockFile = path.join(project.paths.output, 'p', '.cardnews.lock');
    mkdirSync(path.dirname(lockFile), { recursive: true });
    writeFileSync(lockFile, JSON.stringify({ pid: process.pid, started: '1', host: 'other-pc' }));
    const error = await project.buildFails();
    expect(error.problems.map((p) => [p.message, p.hint])).toEqual([[
      `another cardnews build, on the computer "other-pc" (process ${process.pid}), is writing this folder right now`,
      'Wait for it to finish, then run this command again. (If that computer stopped in the middle of a build, the folder is free 30 seconds later.)',
    ]]);
    expect(project.files('p')).toEqual([]);
    // Switched off in the middle of its build: its lock is no longer renewed.
    const lapsed = new Date(Date.now() - LAPSE_MS - 5_000);
    utimesSync(lockFile, lapsed, lapsed);
    expect(namesWith(await project.build(), 'rendered')).toHaveLength(5);
    expect(existsSync(lockFile)).toBe(false);
  });

  it('stops at a lock another build has made and not yet written, and takes one left empty long ago', () => {
    // A build makes its lock and then writes it: another that read it in between took it for
    // no one's, removed it and built beside the first.
    project = makeProject('inc-empty-lock');
    const dir = path.join(project.paths.output, 'p');
    const lockFile = path.join(dir, '.cardnews.lock');
    mkdirSync(dir, { recursive: true });
    writeFileSync(lockFile, '');
    expect(() => acquireLock(dir)).toThrow('another cardnews build is writing this folder right now');
    expect(readFileSync(lockFile, 'utf8')).toBe('');
    // Left empty by a build stopped at that moment, or by a full disk: free.
    const before = new Date(Date.now() - 10_000);
    utimesSync(lockFile, before, before);
    acquireLock(dir).release();
    expect(existsSync(lockFile)).toBe(false);
    // A lock of an earlier version where /proc tells no start time: its process id alone, read
    // as JSON (a number), said no one and was taken from a build that was running.
    writeFileSync(lockFile, String(process.ppid));
    utimesSync(lockFile, before, before);
    expect(() => acquireLock(dir)).toThrow(`another cardnews build (process ${process.ppid}) is writing this folder right now`);
  });

  it('renews its own lock while it holds it, and not once another build has taken it over', () => {
    project = makeProject('inc-renew-lock');
    const dir = path.join(project.paths.output, 'p');
    const lockFile = path.join(dir, '.cardnews.lock');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const lock = acquireLock(dir);
      const long = new Date(Date.now() - 60_000);
      utimesSync(lockFile, long, long);
      vi.advanceTimersByTime(RENEW_MS);
      expect(Date.now() - statSync(lockFile).mtimeMs).toBeLessThan(LAPSE_MS);
      writeFileSync(lockFile, JSON.stringify({ pid: 1, started: '1', host: 'other-pc' }));
      utimesSync(lockFile, long, long);
      vi.advanceTimersByTime(RENEW_MS);
      expect(Date.now() - statSync(lockFile).mtimeMs).toBeGreaterThan(LAPSE_MS);
      lock.release();
    } finally {
      vi.useRealTimers();
    }
  });
});

/** Makes the layouts an output folder's manifest keeps of the cover and closing say they do not fit (needs 99,999 px). */
function closingSaidNotToFit(outputDir: string): void {
  const manifestFile = path.join(outputDir, '.cardnews-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { layouts: Record<string, { pages?: unknown; reports: { bodyNeeded: number }[] }> };
  for (const layout of Object.values(manifest.layouts)) if (layout.pages === undefined) for (const report of layout.reports) report.bodyNeeded = 99_999;
  writeFileSync(manifestFile, JSON.stringify(manifest));
}
