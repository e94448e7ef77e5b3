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
    expect(bars()[0]).toMatch(/^\x1b\[2K2024-h2 +\[-{30}\] 0\/2 01-cover\.png, 02-case1\.png$/);
    progress.slide('2024-h2', '/out/2024-h2/01-cover.png', 'new slide');
    expect(bars()).toEqual([
      expect.stringMatching(/^\x1b\[2K2024-h2 +\[#{15}-{15}\] 1\/2 02-case1\.png$/),
      expect.stringMatching(/^\x1b\[2K2025-h1 +\[#{30}\] 0\/0 up to date$/),
    ]);
    progress.slide('2024-h2', '/out/2024-h2/02-case1.png', 'new slide');
    expect(bars()[0]).toMatch(/^\x1b\[2K2024-h2 +\[#{30}\] 2\/2 done$/);
    progress.done('rendered 2, up to date 0, reused 0, removed 0 in 0.50 s');
    expect(written.at(-1)).toBe('rendered 2, up to date 0, reused 0, removed 0 in 0.50 s\n');
  });

  it('draws a bar from the start, saying how far the slides are laid out until it knows how many it will draw', () => {
    // A cold build of 200 slides lays every slide out before it draws one: the bar showed after 5 of 9 s.
    const written: string[] = [];
    const stream = { columns: 80, rows: 5, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const progress = terminalProgress(stream);
    progress.planning('2024-h2', 'laying out cases 0/6');
    expect(written.at(-1)).toBe(`\x1b[2K2024-h2      [${'-'.repeat(30)}] laying out cases 0/6\n`);
    progress.period('2023-h2', 0);
    progress.planning('2024-h2', 'laying out slides 3/14');
    progress.planning('2025-h1', 'laying out cases 1/2');
    progress.planning('2025-h2', 'laying out cases 0/2');
    // More periods than rows: those still being laid out are shown before the one up to date.
    const screen = written.join('');
    expect(screen.slice(screen.lastIndexOf('\x1b[3A') + 4).split('\n').slice(0, 3).map((line) => line.replace('\x1b[2K', ''))).toEqual([
      `2024-h2      [${'-'.repeat(30)}] laying out slides 3/14`,
      `2025-h1      [${'-'.repeat(30)}] laying out cases 1/2`,
      '... and 2 more periods (1 of all 4 done)',
    ]);
    progress.period('2024-h2', 14);
    expect(written.at(-3)).toBe(`\x1b[2K2024-h2      [${'-'.repeat(30)}] 0/14 \n`);
    // A warning takes the bars' place and they are drawn below it, not left above it as well.
    const before = written.length;
    progress.warn('data/2025-h1.yaml:5:3: 21 slides');
    expect(written.slice(before, before + 3)).toEqual(['\x1b[3A\x1b[J', 'warning: data/2025-h1.yaml:5:3: 21 slides\n', `\x1b[2K2024-h2      [${'-'.repeat(30)}] 0/14 \n`]);
  });

  it('draws the bars 80 columns wide on a terminal that gives no size (it cut each to "...")', () => {
    const written: string[] = [];
    const stream = { columns: 0, rows: 0, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const progress = terminalProgress(stream);
    progress.period('2024-h2', 2);
    progress.drawing('2024-h2', '/out/2024-h2/01-cover.png');
    expect(written.at(-1)).toMatch(/^\x1b\[2K2024-h2 +\[-{30}\] 0\/2 01-cover\.png\n$/);
  });

  it('keeps every bar to a line of the terminal, and to its rows, however many periods', () => {
    // A line the terminal wrapped, or more bars than rows, and each redraw landed below the last.
    const written: string[] = [];
    const stream = { columns: 60, rows: 8, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const progress = terminalProgress(stream);
    const periods = Array.from({ length: 12 }, (_, i) => `2025 상반기 적극행정 ${i + 1}`);
    for (const id of periods) progress.period(id, 2);
    progress.drawing(periods[11] ?? '', '/out/x/10-case10-2.png');
    progress.drawing(periods[11] ?? '', '/out/x/11-case11.png');
    for (const id of periods.slice(0, 9)) {
      progress.slide(id, '/out/x/01-cover.png', 'new slide');
      progress.slide(id, '/out/x/02-case1.png', 'new slide');
    }
    const screen = written.join('');
    expect(screen.slice(screen.lastIndexOf('\x1b[6A') + 4).split('\n').slice(0, 6).map((line) => line.replace('\x1b[2K', ''))).toEqual([
      expect.stringMatching(/^2025 상반기 적극행정 10 \[-{10}\] 0\/2 $/),
      expect.stringMatching(/^2025 상반기 적극행정 11 \[-{10}\] 0\/2 $/),
      expect.stringMatching(/^2025 상반기 적극행정 12 \[-{10}\] 0\/2 10-case10-2\.png\.\.\.$/),
      // Names of one width (the widest, 23 columns), so the bars line up.
      expect.stringMatching(/^2025 상반기 적극행정 1  \[#{10}\] 2\/2 done$/),
      expect.stringMatching(/^2025 상반기 적극행정 2  \[#{10}\] 2\/2 done$/),
      '... and 7 more periods (9 of all 12 done)',
    ]);
    // Hangul takes two columns: no line is wider than the terminal.
    for (const line of screen.split(/\n|\x1b\[\d+A|\x1b\[2K/)) expect(Array.from(line).reduce((n, ch) => n + (/[가-힣]/.test(ch) ? 2 : 1), 0)).toBeLessThan(60);
  });

  it('cuts a period name too long for the terminal, not the bar and its count, and lines the bars up', () => {
    // A 38-column Hangul name in a 50-column terminal pushed "3/14" off the line: it never showed.
    const written: string[] = [];
    const stream = { columns: 50, rows: 20, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    const progress = terminalProgress(stream);
    progress.period('2024-h2', 14);
    progress.period('2025년 상반기 적극행정 우수사례 모음집', 14);
    progress.drawing('2025년 상반기 적극행정 우수사례 모음집', '/out/x/01-cover.png');
    const screen = written.join('');
    expect(screen.slice(screen.lastIndexOf('\x1b[2A') + 4).split('\n').slice(0, 2).map((line) => line.replace('\x1b[2K', ''))).toEqual([
      `2024-h2${' '.repeat(22)} [----------] 0/14 `,
      '2025년 상반기 적극행정 우...  [----------] 0/14 ',
    ]);
    // At 80 columns the name fits whole, and the bar narrows to leave room for the slide drawn.
    stream.columns = 80;
    progress.drawing('2025년 상반기 적극행정 우수사례 모음집', '/out/x/02-case1.png');
    expect(written.at(-1)).toBe('\x1b[2K2025년 상반기 적극행정 우수사례 모음집 [-----------] 0/14 01-cover.png, 02-c...\n');
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
