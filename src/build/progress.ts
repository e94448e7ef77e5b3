/**
 * Build progress: on a terminal, one bar per period with the slide being drawn; otherwise (CI,
 * pipes) one plain line per slide. Either way a closing summary.
 */
import path from 'node:path';

export interface Progress {
  /** `reused`: slides taken from images drawn before, under another name or period. */
  period(id: string, toRender: number, reused?: number): void;
  /** A worker has begun drawing this slide. */
  drawing(id: string, file: string): void;
  /** The slide's image is written. */
  slide(id: string, file: string, note: string): void;
  warn(text: string): void;
  done(summary: string): void;
}

export function plainProgress(write: (line: string) => void): Progress {
  return {
    period: (id, n, reused = 0) => write(`${id}: ${periodLine(n, reused)}`),
    drawing: () => undefined,
    slide: (id, file, note) => write(`  ${id}/${path.basename(file)}  ${note}`),
    warn: (text) => write(`warning: ${text}`),
    done: (summary) => write(summary),
  };
}

export function terminalProgress(stream: NodeJS.WriteStream): Progress {
  /** `drawing`: the slides the workers are on; `note`: what the bar says of a period with none to draw. */
  const bars = new Map<string, { total: number; done: number; drawing: Set<string>; note: string }>();
  let drawn = 0;
  const draw = () => {
    if (drawn > 0) stream.write(`\x1b[${drawn}A`);
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 50));
    for (const [id, bar] of bars) {
      const filled = bar.total === 0 ? width : Math.round((bar.done / bar.total) * width);
      const current = bar.drawing.size > 0 ? [...bar.drawing].sort().join(', ') : bar.total > 0 && bar.done === bar.total ? 'done' : bar.note;
      stream.write(`\x1b[2K${id.padEnd(12)} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${bar.done}/${bar.total} ${current}\n`);
    }
    drawn = bars.size;
  };
  return {
    period: (id, total, reused = 0) => {
      bars.set(id, { total, done: 0, drawing: new Set(), note: total === 0 ? periodLine(0, reused) : '' });
      draw();
    },
    drawing: (id, file) => {
      const bar = bars.get(id);
      if (bar === undefined) return;
      bar.drawing.add(path.basename(file));
      draw();
    },
    slide: (id, file) => {
      const bar = bars.get(id);
      if (bar === undefined) return;
      bar.done += 1;
      bar.drawing.delete(path.basename(file));
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
