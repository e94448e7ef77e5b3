/**
 * The room a case's body has on its slides, as pagination plans with it: the first slide's, and
 * the others' where it is clearly another (a header of their own). Rooms read from layouts of
 * different content differ by a pixel or two, which a plan must not mistake for another header.
 */
import { bodyFits, type FitReport } from './measure.ts';

/** The body's room on a case's first slide, and on the slides after it. */
export interface Rooms {
  first: number;
  later: number;
}

/**
 * How far the room of the slides after the first may be from the first's and still be planned
 * as the first's: rooms measured apart differ by a pixel or two (the layout of a whole case,
 * which overflows its frame, shows more than a slide's), while a header of the later slides'
 * own takes tens of pixels (a "(계속)" badge where a case without an award has none; a template
 * may also leave the title off them, and give them more).
 */
export const ROOM_TOLERANCE = 8;

/**
 * The rooms to plan a case's slides with, from their layouts (`reports`, the first slide's
 * first): the first slide's, and the others' unless it is within ROOM_TOLERANCE of the first's.
 * What the layouts do not show (no slide after the first) is as `planned` took it.
 */
export function roomsOf(reports: readonly FitReport[], planned: Rooms): Rooms {
  const [head, ...later] = reports;
  const first = head?.bodyAvailable ?? planned.first;
  if (later.length === 0) return { first, later: planned.later };
  const shown = Math.min(...later.map((r) => r.bodyAvailable));
  return { first, later: Math.abs(shown - first) > ROOM_TOLERANCE ? shown : first };
}

/**
 * What the layouts of a plan's pages (`reports`) say of the plan made with `planned`: the rooms
 * they show, and whether it stands — every page fits, and it was planned with the later slides'
 * room as they show it, within ROOM_TOLERANCE (a plan that fits and took a pixel or two more is
 * the one the room they have gives), not with the first slide's where theirs is clearly another.
 */
export function judged(reports: readonly FitReport[], planned: Rooms): { shown: Rooms; stands: boolean } {
  const shown = roomsOf(reports, planned);
  return { shown, stands: reports.every(bodyFits) && Math.abs(shown.later - planned.later) <= ROOM_TOLERANCE };
}
