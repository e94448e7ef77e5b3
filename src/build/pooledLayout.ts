/**
 * The `Layout` a build uses: satori in worker threads, with every result kept by the hash of
 * what it depends on, so an unchanged case is not laid out again on the next build.
 */
import type { Case } from '../deck.ts';
import { fitsCleanly, type FitReport } from '../plan/measure.ts';
import { confirmCase } from '../plan/confirm.ts';
import type { CaseBody, PaginatedCase, Part } from '../plan/paginate.ts';
import type { Rooms } from '../plan/rooms.ts';
import { partsOf, replanCase } from '../plan/replan.ts';
import { frameFor } from '../compose/compose.ts';
import type { SlideFrame, ThemeCore } from '../compose/templateTypes.ts';
import { measureFrame, type Layout } from '../plan/planDeck.ts';
import { readSlideName, type Slide } from '../plan/slides.ts';
import { hashOf } from './hash.ts';
import { otherPeriodsLayouts, type CachedLayout } from './manifest.ts';
import type { WorkerPool } from './pool.ts';
import type { StalePeriod } from './preparePeriod.ts';
import { renderSetup, widenSetup } from './renderSetup.ts';
import type { RenderSetup } from './tasks.ts';
import { trace } from '../trace.ts';

/** Layouts worked out by this build, to be saved in the manifest (only ones that fit). */
export type LayoutStore = Record<string, CachedLayout>;

/**
 * Where each case's first slide will probably sit in the carousel (`first`, by case), and how
 * many slides there will be: as many per case as its last plan has (`plans`, by case), else as
 * the case of its number had in the last build (unless cases were added or removed since, which
 * moves the numbers), else one. A slide laid out at its real position
 * needs no second satori run to be drawn: the worker keeps the SVG (see worker.ts). A wrong
 * guess only costs that reuse.
 */
function predictFirstPages(period: StalePeriod, plans: (Part[][] | undefined)[]): { first: number[]; total: number } {
  const pagesBefore = new Map<number, number>();
  for (const slide of period.manifest?.slides ?? []) {
    const caseNumber = readSlideName(slide.name)?.caseNumber;
    if (caseNumber !== undefined) pagesBefore.set(caseNumber, (pagesBefore.get(caseNumber) ?? 0) + 1);
  }
  const { deck } = period;
  const sameCases = pagesBefore.size === deck.cases.length;
  const pages = deck.cases.map((_, i) => plans[i]?.length ?? (sameCases ? pagesBefore.get(i + 1) : undefined) ?? 1);
  const total = 1 + pages.reduce((a, b) => a + b, 0) + (deck.closing !== undefined ? 1 : 0);
  let index = 2;
  const first = pages.map((n) => {
    const at = index;
    index += n;
    return at;
  });
  return { first, total };
}

/**
 * The pages a case had in the last build (any layout the manifest kept, whatever its key), when
 * they hold exactly this case's text — or, after an edit of its text, those of the case with its
 * title and as many sections and bullets: the plan to check first (replan.ts).
 */
function lastPlan(item: Case, layouts: Record<string, CachedLayout>, theme: ThemeCore): Part[][] | undefined {
  const before = Object.values(layouts).flatMap(({ pages }) => (pages?.[0]?.title === item.title ? [pages] : []));
  for (const shape of [false, true]) {
    for (const pages of before) {
      const plan = partsOf(item, pages, theme, shape);
      if (plan !== undefined) return plan;
    }
  }
  return undefined;
}

/**
 * Which worker lays out and draws a slide: the same one, so it can reuse its layout. A key of
 * the period's own: case 1 of one period and case 1 of another are laid out apart. A case's
 * first page goes with the case, to the worker that planned it; each later page (`page`, from 0)
 * to whichever worker lays it out where it sits, so a long case's pages are laid out and drawn
 * on every worker.
 */
export function affinityOf(periodId: string, slide: Slide | number, page = 0): string {
  const part = typeof slide === 'number' ? slide : slide.kind === 'case' ? slide.props.caseNumber : slide.kind;
  const index = typeof slide !== 'number' && slide.kind === 'case' ? (readSlideName(slide.name)?.page ?? 1) - 1 : page;
  return index > 0 ? `${periodId}\0${part}\0${index}` : `${periodId}\0${part}`;
}

/**
 * `fromScratch` (a forced build) takes nothing from the last build's layouts: they are keyed by
 * cardnews's version, not its code, and a forced build is the way to lay out and check again.
 */
export function pooledLayout(period: StalePeriod, pool: () => Promise<WorkerPool>, store: LayoutStore, fromScratch = false): Layout {
  const frame = measureFrame(period.deck);
  const previous = fromScratch ? {} : (period.manifest?.layouts ?? otherPeriodsLayouts(period.outputDir));
  const anyPrevious = Object.keys(previous).length > 0;
  const plans = period.deck.cases.map((item) => (anyPrevious ? lastPlan(item, previous, period.theme) : undefined));
  const predicted = predictFirstPages(period, plans);
  const placed = (caseNumber: number, page: number) => frameFor(period.deck, (predicted.first[caseNumber - 1] ?? 2) + page, predicted.total);
  // Keys hash the deck's inputs: worked out only when there are layouts to look up (from the
  // last build), or results to keep — which is after the workers have started on them.
  let baseKey: string | undefined;
  const base = () => {
    if (baseKey === undefined) {
      const { fonts, size, tools } = period.hashes();
      baseKey = hashOf(fonts, size, tools, JSON.stringify(frame));
    }
    return baseKey;
  };
  const cached = (key: () => string): CachedLayout | undefined => {
    if (!anyPrevious) return undefined;
    const k = key();
    const hit = previous[k];
    if (hit !== undefined) store[k] = hit;
    return hit;
  };
  const caseKey = (item: Case, caseNumber: number, caseCount: number) => () => hashOf('case', base(), period.hashes().template.case, JSON.stringify([item, caseNumber, caseCount]));
  const keep = (key: () => string, result: PaginatedCase) => {
    if (result.confirmed && result.problems.length === 0 && result.reports.every(fitsCleanly)) store[key()] = { pages: result.pages, reports: result.reports };
  };
  // A layout that drew what its setup lacked is laid out again with it (see widenSetup).
  const layOut = async <T>(run: (pool: WorkerPool, setup: RenderSetup) => Promise<T>, reportsOf: (result: T) => readonly FitReport[]): Promise<T> => {
    for (;;) {
      const result = await run(await pool(), renderSetup(period));
      if (!widenSetup(period, reportsOf(result).flatMap((report) => report.missing))) return result;
    }
  };
  const reportsOf = (result: PaginatedCase) => result.reports;
  /**
   * A case's page laid out at `at` (`page`: its index, -1 for a trial at no place), on whichever
   * worker is free. Kept by all it is made from, its place too: after an edit of one bullet of a
   * case of two slides, the other page is as it was, and its layout from the last build is
   * taken (the check of the case's page breaks laid out both, one after the other in one worker).
   */
  const pageAt = async (workers: WorkerPool, setup: RenderSetup, caseNumber: number, props: CaseBody, at: SlideFrame, page: number): Promise<FitReport> => {
    const key = () => hashOf('page', base(), period.hashes().template.case, JSON.stringify(props), JSON.stringify(at));
    const hit = cached(key)?.reports[0];
    if (hit !== undefined) return hit;
    const slide: Slide = { kind: 'case', name: '', path: '', props };
    const report = await workers.run(setup, { kind: 'measure', setupKey: setup.key, slide, frame: at }, page < 0 ? undefined : affinityOf(period.id, caseNumber, page));
    if (fitsCleanly(report)) store[key()] = { reports: [report] };
    return report;
  };
  return {
    async paginate(item: Case, caseNumber: number, caseCount: number): Promise<PaginatedCase> {
      const key = caseKey(item, caseNumber, caseCount);
      const hit = cached(key);
      if (hit?.pages !== undefined) return { pages: hit.pages, reports: hit.reports, problems: [], confirmed: true };
      const plan = plans[caseNumber - 1];
      if (plan !== undefined) {
        // The last build's page breaks, checked with each page laid out where it will sit.
        const at = (page: number) => (page < 0 ? frame : placed(caseNumber, page));
        const replanned = await layOut((workers, setup) => replanCase(item, caseNumber, caseCount, period.theme, plan, (props, page) => pageAt(workers, setup, caseNumber, props, at(page), page)), (result) => result?.reports ?? []);
        trace(`case ${caseNumber}: its page breaks of the last build ${replanned !== undefined ? 'hold' : 'no longer hold'}`);
        if (replanned !== undefined) {
          keep(key, replanned);
          return replanned;
        }
      }
      const result = await layOut((workers, setup) => workers.run(setup, { kind: 'paginate', setupKey: setup.key, item, caseNumber, caseCount, frame, firstFrame: placed(caseNumber, 0) }, affinityOf(period.id, caseNumber)), reportsOf);
      keep(key, result);
      return result;
    },
    async confirm(item: Case, caseNumber: number, caseCount: number, planned: PaginatedCase, frames: SlideFrame[]): Promise<PaginatedCase> {
      // Each page laid out where it sits, on any worker; the one that does keeps the layout and
      // draws the slide from it. A case of six pages took one worker ~0.25 s while the other waited.
      const result = await layOut((workers, setup) => {
        // Page -1: a plan of another page count, laid out at no place, for its fit alone.
        const at = (props: CaseBody, page: number) => pageAt(workers, setup, caseNumber, props, frames[page] ?? frame, page);
        const again = (rooms: Rooms | undefined) => workers.run(setup, { kind: 'paginate', setupKey: setup.key, item, caseNumber, caseCount, frame, firstFrame: frames[0] ?? frame, again: { rooms } }, affinityOf(period.id, caseNumber));
        return confirmCase(item, caseNumber, caseCount, planned, at, again);
      }, reportsOf);
      keep(caseKey(item, caseNumber, caseCount), result);
      return result;
    },
    async measure(slide: Slide, at: SlideFrame): Promise<FitReport> {
      const key = () => hashOf(slide.kind, base(), period.hashes().template[slide.kind], JSON.stringify(slide.props));
      const hit = cached(key)?.reports[0];
      if (hit !== undefined) return hit;
      const report = await layOut((workers, setup) => workers.run(setup, { kind: 'measure', setupKey: setup.key, slide, frame: at }, affinityOf(period.id, slide)), (one) => [one]);
      if (fitsCleanly(report)) store[key()] = { reports: [report] };
      return report;
    },
  };
}
