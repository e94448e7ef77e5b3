/**
 * Split one case over as many slides as it needs, deciding by satori's real layout. Sections
 * stay whole where they can; a section too long for a slide is split between bullets, never
 * inside one. Body text shrinks (down to the theme's minimum) only for a bullet that cannot fit
 * a slide on its own; titles shrink to stay within their line budget.
 *
 * Fast path: lay the whole case out once, plan the breaks from the measured box of every
 * section and bullet, then lay out each planned slide to confirm it fits. Should a template not
 * stack its boxes the way that arithmetic assumes, the confirmation fails and the case is
 * paginated by trial layouts instead, one bullet at a time.
 *
 * A build confirms later (`confirmCase`, confirm.ts): once every case's page count is known,
 * each slide's place in the carousel is too, and the layout that confirms a slide is the one
 * that draws it.
 */
import type { CaseProps, SectionPart, ThemeCore } from '../compose/templateTypes.ts';
import type { Case } from '../deck.ts';
import { bodyFits, SLACK, type Block, type FitReport } from './measure.ts';
import { judged, type Rooms } from './rooms.ts';

export type CaseBody = Omit<CaseProps, 'frame'>;
export type MeasureCase = (props: CaseBody) => Promise<FitReport>;

/** A run of bullets `[from, to)` of one section. */
export interface Part {
  section: number;
  from: number;
  to: number;
}

/** A slide's parts, at the body size they are drawn at. */
export interface Page {
  parts: Part[];
  bodySize: number;
}

export type CaseFitProblem =
  | { kind: 'title'; lines: number; size: number }
  | { kind: 'bullet'; section: number; bullet: number; needed: number; available: number };

export interface PaginatedCase {
  pages: CaseBody[];
  problems: CaseFitProblem[];
  /** The fit of each page as finally composed; empty while the pages are not confirmed. */
  reports: FitReport[];
  /** False for pages planned by box arithmetic and not yet laid out one by one. */
  confirmed: boolean;
  /**
   * Of pages planned by box arithmetic: the boxes of the whole case they were planned from, and
   * the rooms they took its slides to have.
   */
  plannedFrom?: { blocks: Block[]; rooms: Rooms };
}

const STEP = 2;

/** `confirm: false` returns pages planned from box arithmetic unconfirmed, for `confirmCase`. */
/** The props of a slide of `item` that holds `parts`. */
export function caseBody(item: Case, caseNumber: number, caseCount: number, parts: Part[], titleSize: number, bodySize: number, continued: boolean): CaseBody {
  return {
    ...(item.award !== undefined ? { award: item.award } : {}),
    title: item.title,
    caseNumber,
    caseCount,
    continued,
    size: { title: titleSize, body: bodySize },
    sections: parts.map((p): SectionPart => {
      const section = item.sections[p.section] ?? { heading: '', bullets: [] };
      return { heading: section.heading, bullets: section.bullets.slice(p.from, p.to), continued: p.from > 0 };
    }),
  };
}

/**
 * `known`: the body's room on the slides, when their layouts showed it (see `roomsOf`); else
 * taken from the layout of the whole case.
 */
export async function paginateCase(item: Case, caseNumber: number, caseCount: number, theme: ThemeCore, measureCase: MeasureCase, confirm = true, known?: Rooms): Promise<PaginatedCase> {
  const { fit } = theme;
  const problems: CaseFitProblem[] = [];
  const cache = new Map<string, Promise<FitReport>>();
  const props = (parts: Part[], titleSize: number, bodySize: number, continued: boolean): CaseBody => caseBody(item, caseNumber, caseCount, parts, titleSize, bodySize, continued);
  const report = (body: CaseBody) => {
    const key = JSON.stringify(body);
    let r = cache.get(key);
    if (r === undefined) cache.set(key, (r = measureCase(body)));
    return r;
  };

  // The title: largest size that keeps it within the line budget (measured with the whole case).
  const whole: Part[] = item.sections.map((s, i) => ({ section: i, from: 0, to: s.bullets.length }));
  let titleSize = fit.title;
  for (;;) {
    const { titleLines } = await report(props(whole, titleSize, fit.body, false));
    if (titleLines <= fit.titleMaxLines) break;
    if (titleSize - STEP < fit.titleMin) {
      problems.push({ kind: 'title', lines: titleLines, size: titleSize });
      break;
    }
    titleSize -= STEP;
  }
  const finish = async (pages: Page[]): Promise<PaginatedCase> => {
    const bodies = pages.map((page, i) => props(page.parts, titleSize, page.bodySize, i > 0));
    return { pages: bodies, problems, reports: await Promise.all(bodies.map(report)), confirmed: true };
  };

  const layout = await report(props(whole, titleSize, fit.body, false));
  // A template that lost a mark gives no room to fill (no frame) or nothing to fill it with (no
  // content): planDeck.ts names the mark, instead of every bullet as too tall for 0 px.
  if (layout.bodyMarked === false) return { pages: [], problems, reports: [layout], confirmed: true };
  if (bodyFits(layout)) return finish([{ parts: whole, bodySize: fit.body }]);

  // Fast: plan from the boxes of that one layout, then confirm each slide with its own layout.
  // The slides' own rooms may not be the whole case's: a pixel or two less (the whole case
  // overflows its frame), or tens on the slides after the first (a "(계속)" badge where a case
  // without an award has none). A plan that does not fit them, or whose later slides have clearly
  // another room, is made again (once) with the rooms the slides' layouts show.
  const boxes = boxHeights(item, layout.blocks);
  let rooms = known ?? { first: layout.bodyAvailable, later: layout.bodyAvailable };
  for (let attempt = 0; boxes !== undefined && attempt < 2; attempt++) {
    const planned = await planByBoxes(item, fit.body, boxes.pageHeight, rooms);
    if (planned === undefined) break;
    const pages = planned.map((parts) => ({ parts, bodySize: fit.body }));
    if (!confirm) return { pages: pages.map((page, i) => props(page.parts, titleSize, fit.body, i > 0)), problems, reports: [], confirmed: false, plannedFrom: { blocks: layout.blocks, rooms } };
    const confirmed = await Promise.all(pages.map((page, i) => report(props(page.parts, titleSize, fit.body, i > 0))));
    const { shown, stands } = judged(confirmed, rooms);
    if (stands) return finish(pages);
    if (shown.first === rooms.first && shown.later === rooms.later) break;
    rooms = shown;
  }

  // Sure: a trial layout for every slide as it fills up, shrinking a bullet too tall alone.
  const pages: Page[] = [];
  const measure = (parts: Part[], bodySize: number) => report(props(parts, titleSize, bodySize, pages.length > 0));
  await fillPages(
    item,
    fit.body,
    async (parts) => bodyFits(await measure(parts, fit.body)),
    async (alone) => {
      let size = fit.body - STEP;
      while (size >= fit.bodyMin && !bodyFits(await measure([alone], size))) size -= STEP;
      if (size >= fit.bodyMin) return size;
      const smallest = await measure([alone], fit.bodyMin);
      problems.push({ kind: 'bullet', section: alone.section, bullet: alone.from, needed: Math.ceil(smallest.bodyNeeded), available: Math.floor(smallest.bodyAvailable) });
      return 'skip';
    },
    pages,
  );
  return finish(pages);
}

/**
 * The parts on each slide, planned from the heights of parts (`pageHeight`) and the rooms of the
 * slides. Undefined when a bullet does not fit a slide alone.
 */
export function planByBoxes(item: Case, bodySize: number, pageHeight: (parts: Part[]) => number, rooms: Rooms): Promise<Part[][] | undefined> {
  const pages: Page[] = [];
  return fillPages(item, bodySize, async (parts) => pageHeight(parts) <= (pages.length > 0 ? rooms.later : rooms.first) + SLACK, async () => undefined, pages);
}

/**
 * Fill slides in order: a section goes whole onto the current slide if it fits, else whole onto
 * a fresh one; a section too long for any slide is split between bullets. `alone` decides about
 * a single bullet that does not fit an empty slide: a smaller body size for a slide of its own,
 * 'skip' it (after reporting it), or undefined to give up. `pages` collects the slides as they
 * are made (at `bodySize` unless shrunk), so `fits` can tell a continuation slide.
 */
export async function fillPages(
  item: Case,
  bodySize: number,
  fits: (parts: Part[]) => Promise<boolean>,
  alone: (part: Part) => Promise<number | 'skip' | undefined>,
  pages: Page[] = [],
): Promise<Part[][] | undefined> {
  let current: Part[] = [];
  const flush = () => {
    if (current.length > 0) pages.push({ parts: current, bodySize });
    current = [];
  };
  for (const [s, section] of item.sections.entries()) {
    const count = section.bullets.length;
    const whole: Part = { section: s, from: 0, to: count };
    if (await fits([...current, whole])) {
      current.push(whole);
      continue;
    }
    if (current.length > 0 && (await fits([whole]))) {
      flush();
      current.push(whole);
      continue;
    }
    let from = 0;
    while (from < count) {
      let to = from;
      while (to < count && (await fits([...current, { section: s, from, to: to + 1 }]))) to++;
      if (to > from) {
        current.push({ section: s, from, to });
        from = to;
        if (from < count) flush();
      } else if (current.length > 0) {
        flush();
      } else {
        const part = { section: s, from, to: from + 1 };
        const size = await alone(part);
        if (size === undefined) return undefined;
        if (size !== 'skip') pages.push({ parts: [part], bodySize: size });
        from++;
      }
    }
  }
  flush();
  return pages.map((p) => p.parts);
}

/**
 * The heights of a case's parts, from the boxes of one layout of the whole case: a part is its
 * heading block plus its bullets; parts on one slide are separated by the gap between sections.
 * Undefined when the template does not mark its section and bullet boxes.
 */
export function boxHeights(item: Case, blocks: readonly Block[]): { pageHeight: (parts: Part[]) => number } | undefined {
  const sections = splitBlocks(blocks);
  if (sections.length !== item.sections.length || sections.some((s, i) => s.bullets.length !== item.sections[i]?.bullets.length)) return undefined;
  const first = sections[0];
  const second = sections[1];
  const gap = first !== undefined && second !== undefined ? second.section.top - (first.section.top + first.section.height) : 0;
  const height = (p: Part) => {
    const s = sections[p.section];
    const top = s?.bullets[p.from];
    const bottom = s?.bullets[p.to - 1];
    if (s === undefined || top === undefined || bottom === undefined) return Infinity;
    const heading = (s.bullets[0]?.top ?? s.section.top) - s.section.top;
    return heading + bottom.top + bottom.height - top.top;
  };
  return { pageHeight: (parts) => parts.reduce((sum, p, i) => sum + height(p) + (i > 0 ? gap : 0), 0) };
}

export function splitBlocks(blocks: readonly Block[]): { section: Block; bullets: Block[] }[] {
  const sections: { section: Block; bullets: Block[] }[] = [];
  for (const block of blocks) {
    if (block.kind === 'section') sections.push({ section: block, bullets: [] });
    else sections.at(-1)?.bullets.push(block);
  }
  return sections;
}
