/** Watching a template's code for the clock and Math.random, and drawing it a second time to see whether they show. */
import { describe, expect, it } from 'vitest';
import { drawsTheSame, watchingUnrepeatable } from './unrepeatable.ts';

describe('code that would not draw the same slide twice', () => {
  it('says what the code read, and puts Date and Math.random back', () => {
    const { Date: before, random } = { Date: globalThis.Date, random: Math.random };
    expect(watchingUnrepeatable(() => new Date(2025, 0, 15).getDate()).read).toEqual([]);
    expect(watchingUnrepeatable(() => [new Date().getFullYear(), Math.random()]).read).toEqual(['clock', 'random']);
    expect(watchingUnrepeatable(() => [Date.now(), Date()]).read).toEqual(['clock']);
    expect([globalThis.Date, Math.random]).toEqual([before, random]);
  });

  it('gives a second run a clock whose year, month, weekday, hour and minute differ', () => {
    const parts = (d: Date) => [d.getFullYear(), d.getMonth(), d.getDay(), d.getHours(), d.getMinutes()];
    const first = watchingUnrepeatable(() => parts(new Date()));
    const second = watchingUnrepeatable(() => parts(new Date()), { randoms: first.randoms });
    for (const [i, value] of first.value.entries()) expect(second.value[i], `part ${i}`).not.toBe(value);
  });

  it('gives a second run random numbers half the range from the first: a value rounded or picked from a few always differs', () => {
    // Drawn independently, Math.round of two random numbers came out the same half the time.
    const pick = () => [Math.round(Math.random()), Math.floor(Math.random() * 3), Math.floor(Math.random() * 2)];
    for (let run = 0; run < 20; run++) {
      const first = watchingUnrepeatable(pick);
      const second = watchingUnrepeatable(pick, { randoms: first.randoms });
      for (const [i, value] of first.value.entries()) expect(second.value[i], `pick ${i}`).not.toBe(value);
    }
  });

  it("compares trees without React's keys", () => {
    const element = (key: number, text: string) => ({ $$typeof: Symbol.for('react.element'), type: 'div', key: String(key), props: { children: text }, _owner: null });
    expect(drawsTheSame(element(0.1, '가'), element(0.9, '가'))).toBe(true);
    expect(drawsTheSame(element(1, '가'), element(1, '나'))).toBe(false);
  });
});
