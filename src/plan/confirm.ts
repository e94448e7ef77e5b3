/**
 * Pages planned by box arithmetic (paginate.ts), confirmed where they sit: each laid out at its
 * place in the carousel, the layout its slide is then drawn from. A plan that does not fit the
 * rooms those layouts show is made again from the same boxes with those rooms, without another
 * layout of the whole case; only when that fails too is the case paginated again from the start.
 */
import type { Case } from '../deck.ts';
import { bodyFits, type FitReport } from './measure.ts';
import { boxHeights, caseBody, planByBoxes, type CaseBody, type PaginatedCase } from './paginate.ts';
import { judged, type Rooms } from './rooms.ts';

/**
 * `measureAt(page, index)` lays a page out at its place (index -1: at none, for a plan of another
 * page count than the places were worked out for); `repaginate` paginates the case again, told
 * the rooms its slides showed.
 */
export async function confirmCase(item: Case, caseNumber: number, caseCount: number, planned: PaginatedCase, measureAt: (page: CaseBody, index: number) => Promise<FitReport>, repaginate: (rooms: Rooms | undefined) => Promise<PaginatedCase>): Promise<PaginatedCase> {
  if (planned.confirmed) return planned;
  const { plannedFrom, ...pages } = planned;
  const reports = await Promise.all(planned.pages.map(measureAt));
  if (plannedFrom === undefined) return reports.every(bodyFits) ? { ...pages, reports, confirmed: true } : repaginate(undefined);
  const { shown, stands } = judged(reports, plannedFrom.rooms);
  if (stands) return { ...pages, reports, confirmed: true };
  const [first] = planned.pages;
  const boxes = boxHeights(item, plannedFrom.blocks);
  const parts = first !== undefined && boxes !== undefined ? await planByBoxes(item, first.size.body, boxes.pageHeight, shown) : undefined;
  if (first !== undefined && parts !== undefined) {
    const again = parts.map((page, i) => caseBody(item, caseNumber, caseCount, page, first.size.title, first.size.body, i > 0));
    const placed = again.length === planned.pages.length;
    const checked = await Promise.all(again.map((page, i) => measureAt(page, placed ? i : -1)));
    if (judged(checked, shown).stands) return { pages: again, problems: planned.problems, reports: checked, confirmed: true };
  }
  return repaginate(shown);
}
