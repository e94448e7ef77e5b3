/**
 * Pagination's decisions against layouts of known sizes: what it plans from the boxes of the
 * whole case, and what it does when the slides' own layouts show other rooms than that one.
 */
import { describe, expect, it } from 'vitest';
import type { Case } from '../deck.ts';
import { defaultTemplates } from '../testing/fixtures.ts';
import type { Block, FitReport } from './measure.ts';
import { confirmCase } from './confirm.ts';
import { paginateCase, type CaseBody } from './paginate.ts';

const HEADING = 126;
const BULLET = 100;

/** A case of one section of `count` bullets, each BULLET px tall under a heading of HEADING px. */
const item = (count: number): Case => ({ title: '사례', sections: [{ heading: '추진 내용', bullets: Array.from({ length: count }, (_, i) => `내용 ${i + 1}`) }] });

/**
 * Layouts of a template whose slides have `first` px of room on a case's first slide and
 * `later` on the others, except the layout of the whole case, which shows `whole` (satori gives
 * an overflowing frame a pixel or two more). Counts the layouts.
 */
function layouts(rooms: { whole: number; first: number; later: number }) {
  let count = 0;
  const measure = async (props: CaseBody): Promise<FitReport> => {
    count++;
    const blocks: Block[] = [];
    let top = 0;
    for (const section of props.sections) {
      blocks.push({ kind: 'section', top, height: HEADING + BULLET * section.bullets.length });
      section.bullets.forEach((_, i) => blocks.push({ kind: 'bullet', top: top + HEADING + BULLET * i, height: BULLET }));
      top += HEADING + BULLET * section.bullets.length;
    }
    const whole = count === 1;
    return { bodyNeeded: top, bodyAvailable: whole ? rooms.whole : props.continued ? rooms.later : rooms.first, bodyOffset: 0, titleLines: 1, blocks, missing: [] };
  };
  return { measure, count: () => count };
}

const bulletsPerPage = (pages: CaseBody[]) => pages.map((page) => page.sections.reduce((n, s) => n + s.bullets.length, 0));

describe('paginating by the boxes of the whole case', () => {
  it('plans again with the slides\' room when it is a pixel or two less than the whole case showed', async () => {
    const { templates } = await defaultTemplates();
    // 7 bullets need 826 px: room enough by the whole case's 826, not by the slides' 824.
    const { measure, count } = layouts({ whole: 826, first: 824, later: 824 });
    const paginated = await paginateCase(item(20), 1, 1, templates.theme, measure);
    expect(bulletsPerPage(paginated.pages)).toEqual([6, 6, 6, 2]);
    // The whole case, the plan of 7 a slide, the plan of 6: the plan that failed was made again
    // with the same room, failed again, and every slide was then found bullet by bullet (26 layouts).
    expect(count()).toBe(1 + 3 + 4);
  });

  it('confirms a plan where its slides sit, and makes it again from the same boxes when their rooms are others', async () => {
    const { templates } = await defaultTemplates();
    const { measure, count } = layouts({ whole: 826, first: 824, later: 724 });
    const planned = await paginateCase(item(20), 1, 1, templates.theme, measure, false);
    expect([planned.confirmed, bulletsPerPage(planned.pages)]).toEqual([false, [7, 7, 6]]);
    let repaginated = 0;
    const confirmed = await confirmCase(item(20), 1, 1, planned, (page) => measure(page), async () => {
      repaginated++;
      return planned;
    });
    expect(bulletsPerPage(confirmed.pages)).toEqual([6, 5, 5, 4]);
    expect(confirmed.confirmed).toBe(true);
    // The whole case once, the 3 planned pages, the 4 of the plan made again: the case was
    // paginated again from the start, with a second layout of the whole case.
    expect([count(), repaginated]).toEqual([1 + 3 + 4, 0]);
  });

  it('fills the slides after the first to their own room, less or more than the first\'s', async () => {
    const { templates } = await defaultTemplates();
    for (const [later, expected] of [[626, [6, 5, 5, 4]], [1026, [6, 9, 5]]] as const) {
      const { measure, count } = layouts({ whole: 824, first: 824, later });
      const paginated = await paginateCase(item(20), 1, 1, templates.theme, measure);
      expect(bulletsPerPage(paginated.pages)).toEqual(expected);
      expect(count()).toBeLessThanOrEqual(1 + 2 * paginated.pages.length);
    }
  });
});
