/**
 * Whether a template's code reads the clock or draws at random while it runs. Such a template
 * draws a different slide from the same deck each time (today's date on the cover, a colour
 * picked by Math.random()), while a build draws a slide again only when what it is made from
 * changes: a slide drawn yesterday keeps yesterday's date beside today's, and `--force` gives
 * other files than the build before.
 */
import type { ReactNode } from 'react';
import type { Habit } from '../render/checkedTree.ts';

export type Unrepeatable = Extract<Habit, 'clock' | 'random'>;

/** How far the clock is moved for a second run: its year, month, weekday, hour, minute and second all differ. */
const SHIFT_MS = (((400 * 24 + 1) * 60 + 1) * 60 + 1) * 1000;

/**
 * Runs template code with the clock and Math.random watched: what it read, each once, and the
 * random numbers it was given. `shifted`: a second run, with the clock 400 days on and each
 * random number half the range away from the first run's (drawn independently, Math.round of
 * two came out the same half the time), to see whether what it read shows.
 */
export function watchingUnrepeatable<T>(run: () => T, shifted?: { randoms: readonly number[] }): { value: T; read: Unrepeatable[]; randoms: number[] } {
  const read = new Set<Unrepeatable>();
  const randoms: number[] = [];
  const { Date: RealDate } = globalThis;
  const { random } = Math;
  const now = () => RealDate.now() + (shifted !== undefined ? SHIFT_MS : 0);
  globalThis.Date = new Proxy(RealDate, {
    // A date made from numbers or a text (new Date(2025, 0, 15)) is the same every time.
    construct(target, args: unknown[], newTarget: NewableFunction) {
      if (args.length > 0) return Reflect.construct(target, args, newTarget) as object;
      read.add('clock');
      return Reflect.construct(target, [now()], newTarget) as object;
    },
    // Date() gives the time now as a text, whatever it is given.
    apply() {
      read.add('clock');
      return new RealDate(now()).toString();
    },
    get(target, key) {
      if (key !== 'now') return Reflect.get(target, key) as unknown;
      return () => {
        read.add('clock');
        return now();
      };
    },
  });
  Math.random = () => {
    read.add('random');
    const given = shifted === undefined ? random() : ((shifted.randoms[randoms.length] ?? random()) + 0.5) % 1;
    randoms.push(given);
    return given;
  };
  try {
    return { value: run(), read: [...read], randoms };
  } finally {
    globalThis.Date = RealDate;
    Math.random = random;
  }
}

/**
 * Whether two element trees draw the same: React's keys and its records of who made an element
 * aside (`key={Math.random()}`, a habit that quiets React's warning, draws nothing).
 */
export function drawsTheSame(a: ReactNode, b: ReactNode): boolean {
  const drawn = (tree: ReactNode) => JSON.stringify(tree, (name: string, value: unknown) => (name === 'key' || name.startsWith('_') ? undefined : value));
  try {
    return drawn(a) === drawn(b);
  } catch {
    // A tree JSON cannot write (one that holds itself) is taken to differ: named, not let pass.
    return false;
  }
}
