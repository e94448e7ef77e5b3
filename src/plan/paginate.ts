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
 * A build confirms later (`confirmCase`): once every case's page count is known, each slide's
 * place in the carousel is too, and the layout that confirms a slide is the one that draws it.
 */
import type { CaseProps, SectionPart, ThemeCore } from '../compose/templateTypes.ts';
import type { Case } from '../deck.ts';
import { bodyFits, SLACK, type Block, type FitReport } from './measure.ts';

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
  /** Of pages planned by box arithmetic: the room they took the first slide and the others to have. */
  rooms?: { first: number; later: number };
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
 * `laterRoom`: the body's room on the slides after the first, when a layout of one showed it (see
 * `laterRoomOf`); else taken to be the first slide's.
 */
export async function paginateCase(item: Case, caseNumber: number, caseCount: number, theme: ThemeCore, measureCase: MeasureCase, confirm = true, laterRoom?: number): Promise<PaginatedCase> {
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
  // The slides after the first may have another room than the first (a "(계속)" badge where a
  // case without an award has none): the plan is the one made with the room they have, so a
  // room their layouts show to be another plans the case again (once), whether or not it fit.
  const boxes = boxHeights(item, layout);
  const first = layout.bodyAvailable;
  let room = laterRoom ?? first;
  for (let attempt = 0; boxes !== undefined && attempt < 2; attempt++) {
    const planned = await planByBoxes(item, fit.body, boxes.pageHeight, first, room);
    if (planned === undefined) break;
    const pages = planned.map((parts) => ({ parts, bodySize: fit.body }));
    if (!confirm) return { pages: pages.map((page, i) => props(page.parts, titleSize, fit.body, i > 0)), problems, reports: [], confirmed: false, rooms: { first, later: room } };
    const confirmed = await Promise.all(pages.map((page, i) => report(props(page.parts, titleSize, fit.body, i > 0))));
    const shown = laterRoomOf(confirmed);
    const needed = shown === undefined ? room : laterRoomFor(first, shown);
    if (needed !== room) {
      room = needed;
      continue;
    }
    if (confirmed.every(bodyFits)) return finish(pages);
    break;
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
 * Confirm pages planned by box arithmetic: lay each out where it will sit (`measureAt`, by page
 * index). Should one not fit after all, `repaginate` the case, told the room later slides showed.
 */
export async function confirmCase(planned: PaginatedCase, measureAt: (page: CaseBody, index: number) => Promise<FitReport>, repaginate: (laterRoom: number | undefined) => Promise<PaginatedCase>): Promise<PaginatedCase> {
  if (planned.confirmed) return planned;
  const reports = await Promise.all(planned.pages.map(measureAt));
  const { rooms, ...pages } = planned;
  const shown = laterRoomOf(reports);
  const needed = rooms === undefined || shown === undefined ? rooms?.later : laterRoomFor(rooms.first, shown);
  return reports.every(bodyFits) && needed === rooms?.later ? { ...pages, reports, confirmed: true } : repaginate(needed);
}

/**
 * How far the room of the slides after the first may be from the first's and still be planned
 * as the first's: where a slide sits (its page number) moves its room by a pixel or two, while a
 * header of their own takes tens of pixels (a "(계속)" badge where a case without an award has
 * none; a template may also leave the title off them, and give them more).
 */
export const ROOM_TOLERANCE = 8;

/** The room to plan the slides after the first with: the first's, unless theirs (`shown`) is clearly another. */
export function laterRoomFor(first: number, shown: number | undefined): number {
  return shown !== undefined && Math.abs(shown - first) > ROOM_TOLERANCE ? shown : first;
}

/**
 * The parts on each slide, planned from the heights of parts (`pageHeight`): `firstRoom` on the
 * first slide, `laterRoom` on the others. Undefined when a bullet does not fit a slide alone.
 */
function planByBoxes(item: Case, bodySize: number, pageHeight: (parts: Part[]) => number, firstRoom: number, laterRoom: number): Promise<Part[][] | undefined> {
  const pages: Page[] = [];
  return fillPages(item, bodySize, async (parts) => pageHeight(parts) <= (pages.length > 0 ? laterRoom : firstRoom) + SLACK, async () => undefined, pages);
}

/**
 * The body's room on the slides after the first, from their layouts; undefined when there are
 * none, or when the first slide did not fit either (then the boxes misled, not the room).
 */
export function laterRoomOf(reports: readonly FitReport[]): number | undefined {
  const [first, ...later] = reports;
  return first === undefined || later.length === 0 || !bodyFits(first) ? undefined : Math.min(...later.map((r) => r.bodyAvailable));
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
function boxHeights(item: Case, layout: FitReport): { pageHeight: (parts: Part[]) => number } | undefined {
  const sections = splitBlocks(layout.blocks);
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
