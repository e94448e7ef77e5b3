/**
 * Plan a deck's carousel: the cover, each case over as many slides as it needs, the closing;
 * then check that every slide as composed fits. Layout itself is delegated (to worker threads
 * in a build), so this file only decides and names slides and words the problems.
 */
import path from 'node:path';
import { frameFor } from '../compose/compose.ts';
import { KIND_FILES } from '../compose/loadTemplates.ts';
import { componentDeclaration } from '../compose/templateDir.ts';
import { readablePxAt, type SlideFrame, type ThemeCore } from '../compose/templateTypes.ts';
import { describePath, placeOf, type Case, type Deck } from '../deck.ts';
import { counted, namedOnce, quote, UserError, type Problem } from '../errors.ts';
import { displayPath } from '../paths.ts';
import { checkFit, oncePerTemplatePlace, px, withLine } from './fitProblems.ts';
import { bareSlideProblems } from './bareSlides.ts';
import { coveredTextProblems, hiddenTextProblems, invisibleTextProblems, smallTextProblems } from './hiddenText.ts';
import { markupWarnings } from './markupWarnings.ts';
import { markerWarnings } from './markerWarnings.ts';
import { repeatWarnings } from './repeatWarnings.ts';
import type { FitReport } from './measure.ts';
import type { CaseFitProblem, PaginatedCase } from './paginate.ts';
import { slideNames, type Slide, type SlideDraft } from './slides.ts';

/** How a plan gets real layouts: satori in worker threads, or in-process in tests. */
export interface Layout {
  /** A case's pages, possibly not yet confirmed (see paginate.ts). */
  paginate(item: Case, caseNumber: number, caseCount: number): Promise<PaginatedCase>;
  /** Confirm a case's pages at their places in the carousel (`frames`, one per page). */
  confirm(item: Case, caseNumber: number, caseCount: number, planned: PaginatedCase, frames: SlideFrame[]): Promise<PaginatedCase>;
  measure(slide: Slide, frame: SlideFrame): Promise<FitReport>;
}

export interface Plan {
  slides: Slide[];
  warnings: string[];
}

/** Instagram shows at most this many slides in one post. */
export const PLATFORM_SLIDE_LIMIT = 20;

/**
 * A mistake in the case template stops the plan before the cover and the closing are laid out:
 * lay them out anyway, so that a designer sees the mistakes of every template at once, not one
 * template per build.
 */
async function withTheirMistakes(error: unknown, others: readonly SlideDraft[], layout: Layout, deck: Deck): Promise<never> {
  const settled = await Promise.allSettled(others.map((draft) => layout.measure({ ...draft, name: '' } as Slide, measureFrame(deck))));
  return together([error, ...failures(settled)]);
}

/**
 * Like Promise.all, but it waits for every one, and fails with the failures in their order, not
 * the first in time: a template that fails on every case was named with whichever case a worker
 * failed on first ("It failed on case 2", or 1, build after build).
 */
async function allInOrder<T>(items: readonly (T | Promise<T>)[]): Promise<T[]> {
  const settled = await Promise.allSettled(items);
  const failed = failures(settled);
  if (failed.length > 0) together(failed);
  return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

function failures(settled: readonly PromiseSettledResult<unknown>[]): unknown[] {
  return settled.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
}

/**
 * The mistakes of layouts that failed side by side, as one error; each place is named once
 * (parts.tsx serves every kind). Anything but a user's mistake is thrown as it came.
 */
function together(errors: readonly unknown[]): never {
  const bug = errors.find((error) => !(error instanceof UserError));
  if (bug !== undefined) throw bug;
  const problems = (errors as UserError[]).flatMap((error) => error.problems);
  // By place alone: the cover's "the cover template sets …" at a line of parts.tsx is the case's
  // mistake again (a message without a line is told apart by its words).
  const place = (p: Problem) => `${p.place.file}:${p.place.line}:${p.place.col}${p.place.line > 0 ? '' : ` ${p.message}`}`;
  throw new UserError(namedOnce(problems, place), { cause: errors[0] });
}

/** Layout is measured at the widest carousel position, so real numbers can only take less room. */
export function measureFrame(deck: Deck): SlideFrame {
  return frameFor(deck, 99, 99);
}

/** `templateDir`: the deck's template folder, to point messages about what a template draws. */
export async function planDeck(deck: Deck, theme: ThemeCore, layout: Layout, templateDir: string): Promise<Plan> {
  const problems: Problem[] = [];
  const size = `${theme.width}×${theme.height}`;
  type Draft = SlideDraft & { caseNumber?: number; page?: number };
  const cover: Draft = { kind: 'cover', path: 'cover', props: { kicker: deck.cover.kicker, title: deck.cover.title } };
  const closing: Draft | undefined = deck.closing && { kind: 'closing', path: 'closing', props: { lines: deck.closing.lines } };

  // First every case's page count (the layouts may run in parallel), then the place of every
  // slide is known: the cover, the closing and each case's pages are laid out there.
  const paginating = allInOrder(deck.cases.map((item, i) => layout.paginate(item, i + 1, deck.cases.length)))
    .catch((error: unknown) => withTheirMistakes(error, [cover, ...(closing !== undefined ? [closing] : [])], layout, deck));
  // The deck's own warnings need no layout: worked out while the workers lay its cases out, once
  // a turn of the event loop has sent them the cases (5–20 ms that a build spent after the last
  // layout, before it could draw a slide). A layout that fails meanwhile is thrown below, and
  // must not count as an unhandled rejection until then (Node ends the process on one).
  paginating.catch(() => undefined);
  await new Promise((resolve) => setImmediate(resolve));
  const deckWarnings = [...markerWarnings(deck, theme.markers), ...markupWarnings(deck), ...repeatWarnings(deck)];
  const planned = await paginating;
  const total = 1 + planned.reduce((n, p) => n + p.pages.length, 0) + (closing !== undefined ? 1 : 0);
  let next = 2;
  // Every slide's mistakes at once: the cover's must not hide the closing's.
  const settled = await Promise.allSettled([
    allInOrder(planned.map((result, i) => {
      const frames = result.pages.map((_, page) => frameFor(deck, next + page, total));
      next += result.pages.length;
      const item = deck.cases[i];
      return result.confirmed || item === undefined ? result : layout.confirm(item, i + 1, deck.cases.length, result, frames);
    })),
    layout.measure({ ...cover, name: '' } as Slide, frameFor(deck, 1, total)),
    closing && layout.measure({ ...closing, name: '' } as Slide, frameFor(deck, total, total)),
  ]);
  const [paginatedResult, coverResult, closingResult] = settled;
  if (paginatedResult.status === 'rejected' || coverResult.status === 'rejected' || closingResult.status === 'rejected') together(failures(settled));
  const [paginated, coverFit, closingFit] = [paginatedResult.value, coverResult.value, closingResult.value];

  // Without its body marked, a case template cannot be measured: say so once, not as overflows.
  // A cover or closing needs no marks, but one that has only one of the two lost the other.
  const unmarked = paginated.flatMap((result) => result.reports).find((report) => report.bodyMarked === false);
  const lost = [
    ...(unmarked !== undefined ? [unmarkedBody('case', unmarked, templateDir)] : []),
    ...([['cover', coverFit], ['closing', closingFit]] as const).flatMap(([kind, report]) => (report?.missingMarks?.length === 1 ? [unmarkedBody(kind, report, templateDir)] : [])),
  ];
  if (lost.length > 0) throw new UserError(lost);
  const drafts: Draft[] = [cover];
  const laidOut: [SlideDraft, FitReport][] = [[cover, coverFit]];
  checkFit(deck, cover, coverFit, size, theme.safeMargin, problems, templateDir);
  paginated.forEach((result, i) => {
    for (const problem of result.problems) problems.push(caseProblem(deck, i, problem, size, theme.fit.titleMaxLines));
    result.pages.forEach((props, page) => {
      const draft: Draft = { kind: 'case', path: `cases.${i}`, props, caseNumber: i + 1, page: page + 1 };
      const report = result.reports[page];
      if (report !== undefined) {
        checkFit(deck, draft, report, size, theme.safeMargin, problems, templateDir);
        laidOut.push([draft, report]);
      }
      drafts.push(draft);
    });
  });
  if (closing !== undefined && closingFit !== undefined) {
    checkFit(deck, closing, closingFit, size, theme.safeMargin, problems, templateDir);
    laidOut.push([closing, closingFit]);
    drafts.push(closing);
  }
  problems.push(...hiddenTextProblems(deck, laidOut, templateDir), ...invisibleTextProblems(deck, laidOut, templateDir), ...coveredTextProblems(deck, laidOut, templateDir), ...smallTextProblems(deck, laidOut, templateDir, readablePxAt(theme.width)), ...bareSlideProblems(laidOut, templateDir));
  if (problems.length > 0) throw new UserError(oncePerTemplatePlace(problems, deck.source.file));

  const names = slideNames(drafts);
  const slides = drafts.map(({ caseNumber: _n, page: _p, ...d }, i) => ({ ...d, name: names[i] ?? '' }) as Slide);
  const warnings: string[] = [];
  const first = slides[PLATFORM_SLIDE_LIMIT];
  if (first !== undefined) {
    // At the first slide that does not fit in the post: where to split the period.
    const { file, line, col } = placeOf(deck.source, first.path);
    const over = slides.length === PLATFORM_SLIDE_LIMIT + 1 ? `slide ${slides.length} (${describePath(first.path)})` : `slides ${PLATFORM_SLIDE_LIMIT + 1}–${slides.length}, from ${describePath(first.path)} on,`;
    warnings.push(`${file}:${line}:${col}: ${slides.length} slides, more than the ${PLATFORM_SLIDE_LIMIT} one Instagram post can hold: ${over} would need another post; split the period or shorten cases.`);
  }
  warnings.push(...deckWarnings);
  return { slides, warnings };
}

function caseProblem(deck: Deck, index: number, problem: CaseFitProblem, size: string, maxLines: number): Problem {
  const label = `case ${index + 1} ${quote(deck.cases[index]?.title ?? '')}`;
  if (problem.kind === 'title') {
    return withLine(deck, {
      place: placeOf(deck.source, `cases.${index}.title`),
      message: `${label} title does not fit in ${counted(maxLines, 'line')} at ${size} (takes ${counted(problem.lines, 'line')} even at ${problem.size} px)`,
      hint: 'Shorten the title; details belong in the bullets.',
    });
  }
  return withLine(deck, {
    place: placeOf(deck.source, `cases.${index}.sections.${problem.section}.bullets.${problem.bullet}`),
    message: `${label} bullet ${problem.bullet + 1} of section ${problem.section + 1} does not fit one slide at ${size} (needs ${px(problem.needed)} px, has ${px(problem.available)} px)`,
    hint: 'Shorten it or split it into two bullets.',
  });
}

/** A template that marks no body, or half of one: at its component's declaration, since the marks are somewhere inside it. */
function unmarkedBody(kind: Slide['kind'], report: FitReport, templateDir: string): Problem {
  const file = path.join(templateDir, KIND_FILES[kind]);
  const declared = componentDeclaration(file);
  const missing = (report.missingMarks ?? ['frame', 'content']).map((mark) => `data-fit="${mark}"`).join(' and ');
  const one = report.missingMarks?.length === 1;
  return {
    ...(declared.place.line > 0 ? declared : { place: { file: displayPath(file), line: 0, col: 0 } }),
    message: `the ${kind} template marks no body to measure: it has no ${missing} (it needs data-fit="frame" on the box the body may fill, and data-fit="content" on the body inside it)`,
    hint: `Put ${one ? 'that mark' : 'those marks'} back (see ${KIND_FILES[kind]} of the default template): without ${one ? 'it' : 'them'} cardnews cannot tell whether ${kind === 'case' ? 'a case fits, or split it over slides' : `the ${kind} fits`}.`,
  };
}
