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
 */
import type { CaseProps, SectionPart, ThemeCore } from '../compose/templateTypes.ts';
import type { Case } from '../deck.ts';
import { bodyFits, type Block, type FitReport } from './measure.ts';

export type CaseBody = Omit<CaseProps, 'frame'>;
export type MeasureCase = (props: CaseBody) => Promise<FitReport>;

/** A run of bullets `[from, to)` of one section. */
interface Part {
  section: number;
  from: number;
  to: number;
}

interface Page {
  parts: Part[];
  bodySize: number;
}

export type CaseFitProblem =
  | { kind: 'title'; lines: number; size: number }
  | { kind: 'bullet'; section: number; bullet: number; needed: number; available: number };

export interface PaginatedCase {
  pages: CaseBody[];
  problems: CaseFitProblem[];
  /** The fit of each page as finally composed (from the cache: no extra layout). */
  reports: FitReport[];
}

const STEP = 2;
const SLACK = 0.5;

export async function paginateCase(item: Case, caseNumber: number, caseCount: number, theme: ThemeCore, measureCase: MeasureCase): Promise<PaginatedCase> {
  const { fit } = theme;
  const problems: CaseFitProblem[] = [];
  const cache = new Map<string, Promise<FitReport>>();
  const props = (parts: Part[], titleSize: number, bodySize: number, continued: boolean): CaseBody => ({
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
  });
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
    return { pages: bodies, problems, reports: await Promise.all(bodies.map(report)) };
  };

  const layout = await report(props(whole, titleSize, fit.body, false));
  if (bodyFits(layout)) return finish([{ parts: whole, bodySize: fit.body }]);
  const planned = planFromBoxes(item, layout);
  if (planned !== undefined) {
    const pages = planned.map((parts) => ({ parts, bodySize: fit.body }));
    const confirmed = await Promise.all(pages.map((page, i) => report(props(page.parts, titleSize, fit.body, i > 0))));
    if (confirmed.every(bodyFits)) return finish(pages);
  }
  return finish(await paginateByTrial(item, fit, (parts, bodySize, continued) => report(props(parts, titleSize, bodySize, continued)), problems));
}

/**
 * Page breaks from the boxes of one layout of the whole case: a part's height is its heading
 * block plus its bullets; parts on one slide are separated by the gap between sections. Returns
 * undefined when the boxes are not there or a single bullet alone is too tall (that needs
 * shrinking, which only trial layouts can decide).
 */
function planFromBoxes(item: Case, layout: FitReport): Part[][] | undefined {
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
  const available = layout.bodyAvailable + SLACK;
  const pageHeight = (parts: Part[]) => parts.reduce((sum, p, i) => sum + height(p) + (i > 0 ? gap : 0), 0);

  const pages: Part[][] = [];
  let current: Part[] = [];
  const flush = () => {
    if (current.length > 0) pages.push(current);
    current = [];
  };
  for (const [s, section] of item.sections.entries()) {
    const count = section.bullets.length;
    const whole: Part = { section: s, from: 0, to: count };
    if (pageHeight([...current, whole]) <= available) {
      current.push(whole);
      continue;
    }
    if (current.length > 0 && pageHeight([whole]) <= available) {
      flush();
      current.push(whole);
      continue;
    }
    let from = 0;
    while (from < count) {
      let to = from;
      while (to < count && pageHeight([...current, { section: s, from, to: to + 1 }]) <= available) to++;
      if (to > from) {
        current.push({ section: s, from, to });
        from = to;
        if (from < count) flush();
      } else if (current.length > 0) {
        flush();
      } else {
        return undefined;
      }
    }
  }
  flush();
  return pages;
}

function splitBlocks(blocks: readonly Block[]): { section: Block; bullets: Block[] }[] {
  const sections: { section: Block; bullets: Block[] }[] = [];
  for (const block of blocks) {
    if (block.kind === 'section') sections.push({ section: block, bullets: [] });
    else sections.at(-1)?.bullets.push(block);
  }
  return sections;
}

/** Pagination by trial layouts: add bullets one at a time while the slide still fits. */
async function paginateByTrial(item: Case, fit: ThemeCore['fit'], measure: (parts: Part[], bodySize: number, continued: boolean) => Promise<FitReport>, problems: CaseFitProblem[]): Promise<Page[]> {
  const pages: Page[] = [];
  let current: Part[] = [];
  const fits = async (parts: Part[], bodySize = fit.body) => bodyFits(await measure(parts, bodySize, pages.length > 0));
  const flush = () => {
    if (current.length > 0) pages.push({ parts: current, bodySize: fit.body });
    current = [];
  };

  for (let s = 0; s < item.sections.length; s++) {
    const count = item.sections[s]?.bullets.length ?? 0;
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
    // The section is longer than what is left: fill this slide bullet by bullet, then go on.
    let from = 0;
    while (from < count) {
      let to = from;
      while (to < count && (await fits([...current, { section: s, from, to: to + 1 }]))) to++;
      if (to > from) {
        current.push({ section: s, from, to });
        from = to;
        if (from < count) flush();
        continue;
      }
      if (current.length > 0) {
        flush();
        continue;
      }
      // One bullet alone does not fit at the designed size: shrink this slide's body text.
      const alone: Part[] = [{ section: s, from, to: from + 1 }];
      let size = fit.body - STEP;
      while (size >= fit.bodyMin && !(await fits(alone, size))) size -= STEP;
      if (size >= fit.bodyMin) {
        pages.push({ parts: alone, bodySize: size });
      } else {
        const smallest = await measure(alone, fit.bodyMin, pages.length > 0);
        problems.push({ kind: 'bullet', section: s, bullet: from, needed: Math.ceil(smallest.bodyNeeded), available: Math.floor(smallest.bodyAvailable) });
      }
      from++;
    }
  }
  flush();
  return pages;
}
