/**
 * Page breaks from the last build, checked instead of worked out again. After a change that
 * leaves a case's text as it was — a template or theme tweak, a case added before it — its last
 * plan is probably still right. Each of its pages is laid out where it will sit (the layouts
 * its slides are then drawn from), and the plan is taken only when those pages fit and it is
 * the plan paginate.ts would make: the same arithmetic on the boxes of the same sections and
 * bullets, read from the pages instead of from one layout of the whole case. That layout is the
 * satori run saved: one of three for a case of two slides.
 *
 * Boxes of the first page sit where they sit in the whole case; boxes of later pages, added up,
 * may differ from the whole case's by a few pixels' rounding. A plan is taken only when no
 * decision that rests on those is that close; otherwise the case is paginated as usual, so a
 * build draws the same slides whatever the last build was. A decision that needs a gap no page
 * shows (pages of one section each, and the gap between sections) costs one layout more.
 */
import type { ThemeCore } from '../compose/templateTypes.ts';
import type { Case } from '../deck.ts';
import { bodyFits, SLACK, type FitReport } from './measure.ts';
import { caseBody, fillPages, splitBlocks, type CaseBody, type Page, type PaginatedCase, type Part } from './paginate.ts';
import { ROOM_TOLERANCE, roomsOf } from './rooms.ts';

/**
 * How far a height added up from boxes of several pages may be from the same height read from
 * one layout (each page rounds its boxes to whole pixels on its own); a decision closer than
 * this is not trusted.
 */
const MARGIN = 4;

/**
 * The parts on each page of `pages` (a case's pages in the last build), when they hold exactly
 * the sections and bullets of `item`, in order, at the theme's full sizes. With `shape`, only as
 * many sections and bullets: the case as it was before an edit of its text, whose breaks are
 * still a good guess (it is checked like any other).
 */
export function partsOf(item: Case, pages: readonly CaseBody[], theme: ThemeCore, shape = false): Part[][] | undefined {
  let section = -1;
  let next = 0;
  const plan: Part[][] = [];
  const same = (a: string | undefined, b: string | undefined) => shape || a === b;
  for (const page of pages) {
    if (!same(page.title, item.title) || !same(page.award, item.award) || page.size.title !== theme.fit.title || page.size.body !== theme.fit.body) return undefined;
    const parts: Part[] = [];
    for (const part of page.sections) {
      if (!part.continued) {
        if (section >= 0 && next !== item.sections[section]?.bullets.length) return undefined;
        section++;
        next = 0;
      }
      const source = item.sections[section];
      const from = next;
      const to = from + part.bullets.length;
      if (source === undefined || !same(source.heading, part.heading) || to === from || to > source.bullets.length || part.bullets.some((bullet, i) => !same(bullet, source.bullets[from + i]))) return undefined;
      parts.push({ section, from, to });
      next = to;
    }
    plan.push(parts);
  }
  return section === item.sections.length - 1 && next === item.sections[section]?.bullets.length ? plan : undefined;
}

/**
 * The case laid out by `plan`, page `i` where `measureAt(page, i)` lays it out; undefined when
 * the plan no longer fits or is no longer the one paginate.ts would make.
 */
export async function replanCase(item: Case, caseNumber: number, caseCount: number, theme: ThemeCore, plan: Part[][], measureAt: (page: CaseBody, index: number) => Promise<FitReport>): Promise<PaginatedCase | undefined> {
  const { fit } = theme;
  const pages = plan.map((parts, i) => caseBody(item, caseNumber, caseCount, parts, fit.title, fit.body, i > 0));
  const reports = await Promise.all(pages.map(measureAt));
  if (!reports.every(bodyFits) || (reports[0]?.titleLines ?? Infinity) > fit.titleMaxLines) return undefined;
  let verdict = await verify(item, fit.body, plan, plan, reports);
  if (verdict === 'gap') {
    // No page shows a gap a decision needs (each holds one section, say): one more layout, of
    // two sections on one slide (at no page's place: index -1), shows it.
    const sample = [{ section: 0, from: 0, to: Math.min(2, item.sections[0]?.bullets.length ?? 0) }, ...(item.sections.length > 1 ? [{ section: 1, from: 0, to: 1 }] : [])];
    const report = await measureAt(caseBody(item, caseNumber, caseCount, sample, fit.title, fit.body, false), -1);
    verdict = await verify(item, fit.body, plan, [...plan, sample], [...reports, report]);
  }
  return verdict === 'same' ? { pages, problems: [], reports, confirmed: true } : undefined;
}

/**
 * Whether paginate.ts, asking its questions of the heights that the layouts of `observed` show
 * (the plan's pages, and any more), would make `plan` ('same') or not ('other'); 'gap' when an
 * answer needs a gap between bullets or sections that none of them shows.
 */
async function verify(item: Case, bodySize: number, plan: Part[][], observed: Part[][], reports: FitReport[]): Promise<'same' | 'other' | 'gap'> {
  const heights = heightsFrom(item, observed, reports);
  const firstRoom = reports[0]?.bodyAvailable;
  if (heights === undefined || firstRoom === undefined) return 'other';
  // The room paginate.ts plans the slides after the first with: the first's, unless the plan's
  // later pages show clearly another. Too near the line between the two to tell, it is asked again.
  const later = reports.slice(1, plan.length).map((r) => r.bodyAvailable);
  if (later.length > 0 && Math.abs(Math.abs(firstRoom - Math.min(...later)) - ROOM_TOLERANCE) <= MARGIN) return 'other';
  const laterRoom = roomsOf(reports.slice(0, plan.length), { first: firstRoom, later: firstRoom }).later;
  const pages: Page[] = [];
  let unsure = false;
  let gap = false;
  const fits = (parts: Part[]): boolean => {
    const available = pages.length > 0 ? laterRoom : firstRoom;
    const measured = heights(parts);
    if (measured === undefined) {
      unsure = true;
      return false;
    }
    // Without a gap no page shows, the height is only known to be at least this much.
    if (measured.atLeast && measured.height <= available + MARGIN) gap = true;
    else if (!measured.atLeast && !measured.exact && Math.abs(measured.height - available) <= MARGIN) unsure = true;
    return measured.height <= available + SLACK;
  };
  // paginate.ts's first question, whether the whole case fits one slide, and then each of fillPages's.
  const whole = item.sections.map((s, i) => ({ section: i, from: 0, to: s.bullets.length }));
  const again = fits(whole) ? [whole] : await fillPages(item, bodySize, async (parts) => fits(parts), async () => undefined, pages);
  if (unsure || again === undefined) return 'other';
  if (gap) return 'gap';
  return JSON.stringify(again) === JSON.stringify(plan) ? 'same' : 'other';
}

/**
 * The height of any run of parts on one slide, from the boxes of the pages, worked out as
 * paginate.ts works it out from the whole case: a section's heading as drawn, then from the top
 * of the run's first bullet to the bottom of its last, and one gap between sections. The first
 * page's boxes sit exactly where they sit in the whole case, so a run within it is `exact`;
 * others add up bullets and gaps, which rounding may put a few pixels off. Undefined for a height
 * that needs a gap no page shows, or when the boxes do not stack the way this reads them.
 */
function heightsFrom(item: Case, observed: Part[][], reports: FitReport[]): ((parts: Part[]) => Height | undefined) | undefined {
  const headings = new Map<number, { height: number; page: number }>();
  const bullets = new Map<string, { top: number; height: number; page: number }>();
  const gaps = { bullet: [] as number[], section: [] as number[] };
  let firstGap: number | undefined;
  // The first page's boxes sit where they sit in the whole case only if the body starts at the
  // top of its frame in both (a template could centre it: the whole case would then start higher).
  const firstExact = reports[0]?.bodyOffset === 0;
  for (const [page, parts] of observed.entries()) {
    const sections = splitBlocks(reports[page]?.blocks ?? []);
    if (sections.length !== parts.length) return undefined;
    for (const [j, part] of parts.entries()) {
      const boxes = sections[j];
      if (boxes === undefined || boxes.bullets.length !== part.to - part.from) return undefined;
      // The plan's own pages come first: a later layout only adds what they do not show.
      if (part.from === 0 && !headings.has(part.section)) headings.set(part.section, { height: (boxes.bullets[0]?.top ?? boxes.section.top) - boxes.section.top, page });
      boxes.bullets.forEach((box, i) => {
        const key = `${part.section}/${part.from + i}`;
        if (!bullets.has(key)) bullets.set(key, { top: box.top, height: box.height, page });
        const above = boxes.bullets[i - 1];
        if (above !== undefined) gaps.bullet.push(box.top - (above.top + above.height));
      });
      const previous = sections[j - 1]?.section;
      if (previous === undefined) continue;
      gaps.section.push(boxes.section.top - (previous.top + previous.height));
      if (page === 0 && j === 1) firstGap = gaps.section.at(-1);
    }
  }
  const even = (values: number[]) => (values.every((v) => Math.abs(v - (values[0] ?? 0)) <= 1) ? values[0] : Number.NaN);
  const bulletGap = even(gaps.bullet);
  const sectionGap = firstGap ?? even(gaps.section);
  if (Number.isNaN(bulletGap) || Number.isNaN(sectionGap) || headings.size !== item.sections.length) return undefined;
  const partHeight = (p: Part): Height | undefined => {
    const heading = headings.get(p.section);
    const top = bullets.get(`${p.section}/${p.from}`);
    const bottom = bullets.get(`${p.section}/${p.to - 1}`);
    if (heading === undefined || top === undefined || bottom === undefined) return undefined;
    if (top.page === bottom.page) return { height: heading.height + bottom.top + bottom.height - top.top, exact: firstExact && top.page === 0 && heading.page === 0, atLeast: false };
    let height = heading.height;
    for (let b = p.from; b < p.to; b++) height += (bullets.get(`${p.section}/${b}`)?.height ?? Number.NaN) + (b > p.from ? (bulletGap ?? 0) : 0);
    return Number.isNaN(height) ? undefined : { height, exact: false, atLeast: bulletGap === undefined };
  };
  return (parts) => {
    const sum: Height = { height: 0, exact: parts.length === 1 || firstGap !== undefined, atLeast: false };
    for (const [i, part] of parts.entries()) {
      const own = partHeight(part);
      if (own === undefined) return undefined;
      sum.height += own.height + (i > 0 ? (sectionGap ?? 0) : 0);
      sum.exact &&= own.exact;
      sum.atLeast ||= own.atLeast || (i > 0 && sectionGap === undefined);
    }
    return sum;
  };
}

/**
 * A run's height; `exact` when it is read from boxes where they sit in the whole case, and
 * `atLeast` when a gap no page shows was left out (gaps in a template are margins, never negative).
 */
interface Height {
  height: number;
  exact: boolean;
  atLeast: boolean;
}
