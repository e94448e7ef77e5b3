/**
 * Whether a template's code reads the clock or draws at random while it runs. Such a template
 * draws a different slide from the same deck each time (today's date on the cover, a colour
 * picked by Math.random()), while a build draws a slide again only when what it is made from
 * changes: a slide drawn yesterday keeps yesterday's date beside today's, and `--force` gives
 * other files than the build before.
 */
import type { Habit } from '../render/checkedTree.ts';

export type Unrepeatable = Extract<Habit, 'clock' | 'random'>;

/** Runs template code with the clock and Math.random watched; what it read, each once. */
export function watchingUnrepeatable<T>(run: () => T): { value: T; read: Unrepeatable[] } {
  const read = new Set<Unrepeatable>();
  const { Date: RealDate } = globalThis;
  const { random, now } = { random: Math.random, now: RealDate.now };
  globalThis.Date = new Proxy(RealDate, {
    // A date made from numbers or a text (new Date(2025, 0, 15)) is the same every time.
    construct(target, args: unknown[], newTarget: NewableFunction) {
      if (args.length === 0) read.add('clock');
      return Reflect.construct(target, args, newTarget) as object;
    },
    // Date() gives today as a text, whatever it is given.
    apply(target, self: unknown, args: unknown[]) {
      read.add('clock');
      return Reflect.apply(target, self, args) as unknown;
    },
    get(target, key) {
      if (key !== 'now') return Reflect.get(target, key) as unknown;
      return () => {
        read.add('clock');
        return now.call(RealDate);
      };
    },
  });
  Math.random = () => {
    read.add('random');
    return random();
  };
  try {
    return { value: run(), read: [...read] };
  } finally {
    globalThis.Date = RealDate;
    Math.random = random;
  }
}
