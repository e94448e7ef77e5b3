/**
 * How far a deck's plan has come, for the progress bar: every slide is laid out before any is
 * drawn (a slide's "n / total" waits for every case's page count): about half of a cold build,
 * of the example or of 200 slides, in which the screen showed nothing (5 s of 9 for 200 slides).
 */
import type { Layout } from '../plan/planDeck.ts';

/**
 * `layout`, telling `say` what it has laid out: first the cases (their page breaks), then the
 * slides laid out where they sit. A layout that fails is not counted; the build stops anyway.
 */
export function reportingLayout(layout: Layout, cases: number, say: (note: string) => void): Layout {
  let casesDone = 0;
  let slidesAsked = 0;
  let slidesDone = 0;
  // The plan asks for every case's pages at once and, once it has them all, for every slide at
  // once: each count is whole by the end of the turn it is asked in.
  const tell = () => say(slidesAsked === 0 ? `laying out cases ${casesDone}/${cases}` : `laying out slides ${slidesDone}/${slidesAsked}`);
  // Said at the end of that turn, not at their first layout's end: with other periods' layouts
  // queued before them, the bar said "laying out cases 6/6" meanwhile.
  let asking = false;
  const slides = <T>(laidOut: Promise<T>, count: number): Promise<T> => {
    slidesAsked += count;
    if (!asking) {
      asking = true;
      queueMicrotask(() => {
        asking = false;
        tell();
      });
    }
    return laidOut.then((result) => {
      slidesDone += count;
      tell();
      return result;
    });
  };
  tell();
  return {
    paginate: (item, caseNumber, caseCount) =>
      layout.paginate(item, caseNumber, caseCount).then((result) => {
        casesDone += 1;
        tell();
        return result;
      }),
    confirm: (item, caseNumber, caseCount, planned, frames) => slides(layout.confirm(item, caseNumber, caseCount, planned, frames), frames.length),
    measure: (slide, frame) => slides(layout.measure(slide, frame), 1),
  };
}
