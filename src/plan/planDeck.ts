/**
 * Plan a deck: load its fonts, check every character can be drawn, lay out every slide with
 * satori to decide pagination and sizes, and check the result fits. Everything that can go wrong
 * with a deck is found here, before anything is rasterized or written.
 */
import path from 'node:path';
import { compose, frameFor } from '../compose/compose.ts';
import type { TemplateSet } from '../compose/templateTypes.ts';
import { describePath, placeOf, type Deck } from '../deck.ts';
import { UserError, type Problem, type SourcePlace } from '../errors.ts';
import { displayPath } from '../load/readDeckFile.ts';
import type { ProjectPaths } from '../paths.ts';
import { checkCoverage } from '../render/coverage.ts';
import { fallbackFamily, FontFileError, loadFont, resolveFontPath, type LoadedFont } from '../render/fonts.ts';
import { makeRenderContext, renderSvg, type RenderContext } from '../render/satori.ts';
import { deckTexts } from './deckTexts.ts';
import { bodyFits, measure, type FitReport } from './measure.ts';
import { paginateCase, type CaseFitProblem } from './paginate.ts';
import { slideNames, type Slide } from './slides.ts';

export interface Plan {
  deck: Deck;
  templates: TemplateSet;
  fonts: LoadedFont[];
  ctx: RenderContext;
  slides: Slide[];
  warnings: string[];
}

/** Instagram shows at most this many slides in one post. */
export const PLATFORM_SLIDE_LIMIT = 20;

/** Measuring uses the widest carousel position, so the real numbers can only take less room. */
const MEASURE_FRAME_INDEX = 99;

export async function planDeck(deck: Deck, templates: TemplateSet, paths: ProjectPaths): Promise<Plan> {
  const { theme } = templates;
  const themePlace: SourcePlace = { file: displayPath(path.join(templates.dir, 'theme.ts')), line: 1, col: 1 };
  const fonts = await loadDeckFonts(deck, templates, paths, themePlace);
  const coverage = checkCoverage(deckTexts(deck, theme, themePlace), fonts);
  if (coverage.problems.length > 0) throw new UserError(coverage.problems);
  const ctx = makeRenderContext(theme.width, theme.height, fonts, coverage.emoji);
  const measureFrame = frameFor(deck, MEASURE_FRAME_INDEX, MEASURE_FRAME_INDEX);
  const measureSlide = async (slide: Slide): Promise<FitReport> => {
    const { nodes } = await renderSvg(compose(slide, measureFrame, templates), ctx);
    return measure(nodes, theme.width, theme.height, theme.safeMargin);
  };

  const problems: Problem[] = [];
  const drafts: (Omit<Slide, 'name'> & { caseNumber?: number; page?: number })[] = [];
  drafts.push({ kind: 'cover', path: 'cover', props: { kicker: deck.cover.kicker, title: deck.cover.title } });
  for (const [i, item] of deck.cases.entries()) {
    const result = await paginateCase(item, i + 1, deck.cases.length, theme, (props) => measureSlide({ kind: 'case', name: '', path: '', props }));
    for (const problem of result.problems) problems.push(caseProblem(deck, i, problem, theme.width, theme.height, theme.fit.titleMaxLines));
    result.pages.forEach((props, page) => drafts.push({ kind: 'case', path: `cases.${i}`, props, caseNumber: i + 1, page: page + 1 }));
  }
  if (deck.closing !== undefined) drafts.push({ kind: 'closing', path: 'closing', props: { lines: deck.closing.lines } });
  if (problems.length > 0) throw new UserError(problems);

  const names = slideNames(drafts);
  const slides = drafts.map((d, i) => ({ ...d, name: names[i] ?? '' }) as Slide);
  for (const slide of slides) {
    const report = await measureSlide(slide);
    const problem = slideProblem(deck, slide, report, theme.width, theme.height);
    if (problem !== undefined) problems.push(problem);
  }
  if (problems.length > 0) throw new UserError(problems);
  const warnings: string[] = [];
  if (slides.length > PLATFORM_SLIDE_LIMIT) {
    warnings.push(`${deck.source.file}: ${slides.length} slides, more than the ${PLATFORM_SLIDE_LIMIT} one Instagram post can hold; split the period or shorten cases.`);
  }
  return { deck, templates, fonts, ctx, slides, warnings };
}

async function loadDeckFonts(deck: Deck, templates: TemplateSet, paths: ProjectPaths, themePlace: SourcePlace): Promise<LoadedFont[]> {
  const problems: Problem[] = [];
  const fonts: LoadedFont[] = [];
  const tryLoad = async (family: string, weight: LoadedFont['weight'], resolve: () => string, place: SourcePlace, hint: string) => {
    try {
      fonts.push(await loadFont(family, weight, resolve()));
    } catch (error) {
      if (!(error instanceof FontFileError)) throw error;
      problems.push({ place, message: error.message, hint });
    }
  };
  for (const spec of templates.theme.fonts) {
    await tryLoad(spec.family, spec.weight, () => resolveFontPath(spec, paths.fonts, paths.root), themePlace, 'Fix the font entry in the theme, or install the font package.');
  }
  for (const [i, file] of deck.fonts.entries()) {
    const place = placeOf(deck.source, `fonts.${i}`);
    await tryLoad(fallbackFamily(file), 400, () => resolveFontPath({ file }, paths.fonts, paths.root), place, `Put the font file into ${displayPath(paths.fonts)}/ (a .ttf, .otf or .woff file) and name it here exactly.`);
  }
  if (problems.length > 0) throw new UserError(problems);
  return fonts;
}

function caseProblem(deck: Deck, index: number, problem: CaseFitProblem, width: number, height: number, maxLines: number): Problem {
  const item = deck.cases[index];
  const label = `case ${index + 1} ${quote(item?.title ?? '')}`;
  const size = `${width}×${height}`;
  if (problem.kind === 'title') {
    return withLine(deck, {
      place: placeOf(deck.source, `cases.${index}.title`),
      message: `${label} title does not fit in ${maxLines} lines at ${size} (takes ${problem.lines} lines even at ${problem.size} px)`,
      hint: 'Shorten the title; details belong in the bullets.',
    });
  }
  return withLine(deck, {
    place: placeOf(deck.source, `cases.${index}.sections.${problem.section}.bullets.${problem.bullet}`),
    message: `${label} section ${problem.section + 1} bullet ${problem.bullet + 1} does not fit one slide at ${size} (needs ${px(problem.needed)} px, has ${px(problem.available)} px)`,
    hint: 'Shorten it or split it into two bullets.',
  });
}

function slideProblem(deck: Deck, slide: Slide, report: FitReport, width: number, height: number): Problem | undefined {
  const size = `${width}×${height}`;
  const where = slide.kind === 'case' ? `${describePath(slide.path)} ${quote(slide.props.title)}` : `the ${slide.kind}`;
  if (!bodyFits(report)) {
    return withLine(deck, { place: placeOf(deck.source, slide.path), message: `${where} does not fit one slide at ${size} (needs ${px(report.bodyNeeded)} px, has ${px(report.bodyAvailable)} px)`, hint: 'Shorten the text on this slide.' });
  }
  if (report.overflow === undefined) return undefined;
  const culprit = findText(deck, report.overflow.text);
  return withLine(deck, {
    place: placeOf(deck.source, culprit ?? slide.path),
    message: `${where}: "${report.overflow.text}" sticks out of its box by ${px(Math.ceil(report.overflow.px))} px at ${size}`,
    hint: 'Shorten the text, or put spaces into very long words so the line can break.',
  });
}

/** The deck path of the string a laid-out piece of text came from. */
function findText(deck: Deck, fragment: string): string | undefined {
  const needle = fragment.trim();
  for (const [path, place] of deck.source.places) {
    const line = deck.source.lines[place.line - 1] ?? '';
    if (path.split('.').length > 1 && /\d$/.test(path) && line.includes(needle)) return path;
  }
  for (const [path, place] of deck.source.places) {
    if ((deck.source.lines[place.line - 1] ?? '').includes(needle)) return path;
  }
  return undefined;
}

function withLine(deck: Deck, problem: Problem): Problem {
  const sourceLine = deck.source.lines[problem.place.line - 1];
  return sourceLine === undefined ? problem : { ...problem, sourceLine };
}

function quote(text: string): string {
  const chars = Array.from(text);
  return `"${chars.length > 24 ? `${chars.slice(0, 23).join('')}…` : text}"`;
}

function px(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
