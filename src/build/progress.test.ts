/** What a user sees while a build runs: bars on a terminal, plain lines elsewhere. */
import { describe, expect, it } from 'vitest';
import { plainProgress, terminalProgress } from './progress.ts';

describe('build progress', () => {
  it('draws one bar per period on a terminal with the slides being drawn, redrawn in place, then the summary', () => {
    const written: string[] = [];
    const stream = { columns: 80, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const progress = terminalProgress(stream);
    /** The bars as the last redraw left them. */
    const bars = () => {
      const screen = written.join('');
      return screen.slice(screen.lastIndexOf('\x1b[2A') + 4).split('\n').slice(0, 2);
    };
    progress.period('2024-h2', 2);
    progress.period('2025-h1', 0);
    // After the first draw, every redraw moves the cursor up over the bars it drew.
    expect(written.join('')).toContain('\x1b[1A');
    progress.drawing('2024-h2', '/out/2024-h2/02-case1.png');
    progress.drawing('2024-h2', '/out/2024-h2/01-cover.png');
    expect(bars()[0]).toMatch(/^\x1b\[2K2024-h2 +\[░{30}\] 0\/2 01-cover\.png, 02-case1\.png$/);
    progress.slide('2024-h2', '/out/2024-h2/01-cover.png', 'new slide');
    expect(bars()).toEqual([
      expect.stringMatching(/^\x1b\[2K2024-h2 +\[█{15}░{15}\] 1\/2 02-case1\.png$/),
      expect.stringMatching(/^\x1b\[2K2025-h1 +\[█{30}\] 0\/0 up to date$/),
    ]);
    progress.slide('2024-h2', '/out/2024-h2/02-case1.png', 'new slide');
    expect(bars()[0]).toMatch(/^\x1b\[2K2024-h2 +\[█{30}\] 2\/2 done$/);
    progress.done('rendered 2, up to date 0, reused 0, removed 0 in 0.50 s');
    expect(written.at(-1)).toBe('rendered 2, up to date 0, reused 0, removed 0 in 0.50 s\n');
  });

  it('writes plain lines when not on a terminal', () => {
    const lines: string[] = [];
    const progress = plainProgress((line) => lines.push(line));
    progress.period('2024-h2', 1);
    progress.slide('2024-h2', '/out/2024-h2/03-case1-2.png', 'content changed');
    progress.warn('data/x.yaml: 21 slides');
    progress.period('2025-h1', 0, 14);
    progress.period('2025-h2', 2, 1);
    progress.done('rendered 1');
    expect(lines).toEqual([
      '2024-h2: 1 slide to render',
      '  2024-h2/03-case1-2.png  content changed',
      'warning: data/x.yaml: 21 slides',
      '2025-h1: 14 slides reused from images drawn before',
      '2025-h2: 2 slides to render, 1 reused from images drawn before',
      'rendered 1',
    ]);
  });
});
