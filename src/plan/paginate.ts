/**
 * Split one case over as many slides as it needs, deciding by satori's real layout. Sections
 * stay whole where they can; a section too long for a slide is split between bullets, never
 * inside one. Body text shrinks (down to the theme's minimum) only for a bullet that cannot fit
 * a slide on its own; titles shrink to stay within their line budget.
 */
import type { CaseProps, SectionPart, ThemeCore } from '../compose/templateTypes.ts';
import type { Case } from '../deck.ts';
import { bodyFits, type FitReport } from './measure.ts';

export type CaseBody = Omit<CaseProps, 'frame'>;
export type MeasureCase = (props: CaseBody) => Promise<FitReport>;

/** A run of bullets `[from, to)` of one section. */
interface Part {
  section: number;
  from: number;
  to: number;
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

  // The title: largest size that keeps it within the line budget.
  const firstPart: Part[] = [{ section: 0, from: 0, to: 1 }];
  let titleSize = fit.title;
  for (;;) {
    const { titleLines } = await report(props(firstPart, titleSize, fit.body, false));
    if (titleLines <= fit.titleMaxLines) break;
    if (titleSize - STEP < fit.titleMin) {
      problems.push({ kind: 'title', lines: titleLines, size: titleSize });
      break;
    }
    titleSize -= STEP;
  }

  const pages: { parts: Part[]; bodySize: number }[] = [];
  let current: Part[] = [];
  const fits = async (parts: Part[], bodySize = fit.body) => bodyFits(await report(props(parts, titleSize, bodySize, pages.length > 0)));
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
        const smallest = await report(props(alone, titleSize, fit.bodyMin, pages.length > 0));
        problems.push({ kind: 'bullet', section: s, bullet: from, needed: Math.ceil(smallest.bodyNeeded), available: Math.floor(smallest.bodyAvailable) });
      }
      from++;
    }
  }
  flush();
  if (pages.length === 0 && problems.length === 0) pages.push({ parts: firstPart, bodySize: fit.body });
  const bodies = pages.map((page, i) => props(page.parts, titleSize, page.bodySize, i > 0));
  return { pages: bodies, problems, reports: await Promise.all(bodies.map(report)) };
}
