/**
 * Build progress: on a terminal, one bar per period with the slide being drawn; otherwise (CI,
 * pipes) one plain line per slide. Either way a closing summary.
 */
import path from 'node:path';

export interface Progress {
  /** `reused`: slides taken from images drawn before, under another name or period. */
  period(id: string, toRender: number, reused?: number): void;
  slide(id: string, file: string, note: string): void;
  warn(text: string): void;
  done(summary: string): void;
}

export function plainProgress(write: (line: string) => void): Progress {
  return {
    period: (id, n, reused = 0) => write(`${id}: ${periodLine(n, reused)}`),
    slide: (id, file, note) => write(`  ${id}/${path.basename(file)}  ${note}`),
    warn: (text) => write(`warning: ${text}`),
    done: (summary) => write(summary),
  };
}

export function terminalProgress(stream: NodeJS.WriteStream): Progress {
  const bars = new Map<string, { total: number; done: number; current: string }>();
  let drawn = 0;
  const draw = () => {
    if (drawn > 0) stream.write(`\x1b[${drawn}A`);
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 50));
    for (const [id, bar] of bars) {
      const filled = bar.total === 0 ? width : Math.round((bar.done / bar.total) * width);
      stream.write(`\x1b[2K${id.padEnd(12)} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${bar.done}/${bar.total} ${bar.current}\n`);
    }
    drawn = bars.size;
  };
  return {
    period: (id, total, reused = 0) => {
      bars.set(id, { total, done: 0, current: total === 0 ? periodLine(0, reused) : '' });
      draw();
    },
    slide: (id, file) => {
      const bar = bars.get(id);
      if (bar === undefined) return;
      bar.done += 1;
      bar.current = path.basename(file);
      draw();
    },
    warn: (text) => {
      stream.write(`warning: ${text}\n`);
      drawn = 0;
      draw();
    },
    done: (summary) => stream.write(`${summary}\n`),
  };
}

/** What a build will do for a period: "up to date", "3 slides to render, 11 reused". */
function periodLine(toRender: number, reused: number): string {
  const slides = (n: number) => `${n} slide${n === 1 ? '' : 's'}`;
  const reuse = reused === 0 ? '' : `${slides(reused)} reused from images drawn before`;
  if (toRender === 0) return reuse === '' ? 'up to date' : reuse;
  return `${slides(toRender)} to render${reused === 0 ? '' : `, ${reused} reused from images drawn before`}`;
}
