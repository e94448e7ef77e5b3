/**
 * Build progress: on a terminal, one bar per period with the slide being drawn; otherwise (CI,
 * pipes) one plain line per slide. Either way a closing summary.
 */
import path from 'node:path';
import { counted, displayWidth } from '../errors.ts';

export interface Progress {
  /**
   * How far a period's slides are laid out ("laying out cases 3/6"), before it knows which it will
   * draw: a cold build of 200 slides spends half its time there.
   */
  planning(id: string, note: string): void;
  /** `reused`: slides taken from images drawn before, under another name or period. */
  period(id: string, toRender: number, reused?: number): void;
  /** A worker has begun drawing this slide. */
  drawing(id: string, file: string): void;
  /** The slide's image is written. */
  slide(id: string, file: string, note: string): void;
  warn(text: string): void;
  done(summary: string): void;
  /** Takes the bars off the screen, for what `check` and `--dry-run` found, or the mistakes that stopped a build. */
  clear(): void;
}

export function plainProgress(write: (line: string) => void): Progress {
  return {
    period: (id, n, reused = 0) => write(`${id}: ${periodLine(n, reused)}`),
    // A line for each case laid out would fill a log with hundreds; the period's line follows them.
    planning: () => undefined,
    drawing: () => undefined,
    slide: (id, file, note) => write(`  ${id}/${path.basename(file)}  ${note}`),
    warn: (text) => write(`warning: ${text}`),
    done: (summary) => write(summary),
    clear: () => undefined,
  };
}

export function terminalProgress(stream: NodeJS.WriteStream): Progress {
  /**
   * `drawing`: the slides the workers are on; `note`: what the bar says of a period with none to
   * draw, or of one still being laid out (`planning`), whose slides to draw are not known yet.
   */
  interface Bar {
    total: number;
    done: number;
    drawing: Set<string>;
    note: string;
    planning: boolean;
  }
  const bars = new Map<string, Bar>();
  let drawn = 0;
  const draw = () => {
    if (drawn > 0) stream.write(`\x1b[${drawn}A`);
    // A terminal that gives no size (a pseudo-terminal made without one, as `script` makes it)
    // says 0: every bar was cut to "...".
    const columns = stream.columns > 0 ? stream.columns : 80;
    // A redraw moves the cursor up over the lines it drew: a line the terminal wraps, or more
    // lines than it has rows, and the bars were drawn again below themselves. So each bar is cut
    // to the width, and with more periods than rows, those still to finish are shown.
    const room = Math.max(3, (stream.rows > 0 ? stream.rows : 24) - 2);
    const all = [...bars];
    const busy = (bar: Bar) => bar.planning || bar.done < bar.total;
    const shown = all.length <= room ? all : [...all.filter(([, bar]) => busy(bar)), ...all.filter(([, bar]) => !busy(bar))].slice(0, room - 1);
    // The names take one column, as wide as the widest (Hangul counts two), so the bars line up;
    // a name too long for the terminal is cut, not the bar and the count after it ("3/14"). The
    // bar is 10 to 30 columns, leaving ~20 for the slides being drawn.
    const counts = Math.max(...all.map(([, bar]) => 2 * String(bar.total).length + 1));
    const names = Math.min(Math.max(12, ...all.map(([id]) => displayWidth(id))), Math.max(8, columns - counts - 16));
    const width = Math.max(10, Math.min(30, columns - names - counts - 26));
    for (const [id, bar] of shown) {
      const filled = bar.planning ? 0 : bar.total === 0 ? width : Math.round((bar.done / bar.total) * width);
      const current = bar.drawing.size > 0 ? [...bar.drawing].sort().join(', ') : bar.total > 0 && bar.done === bar.total ? 'done' : bar.note;
      const name = cut(id, names);
      // ASCII: block characters (█ ░) are of ambiguous width, two columns in a terminal set for
      // East Asian text (an option of iTerm2 and PuTTY, cmd.exe in the Korean code page), where
      // the bar ran past the edge and each redraw piled the bars up below the last.
      const head = `${name}${' '.repeat(names - displayWidth(name))} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${bar.planning ? '' : `${bar.done}/${bar.total} `}`;
      stream.write(`\x1b[2K${fitted(head + cut(current, columns - 1 - displayWidth(head)), columns)}\n`);
    }
    if (shown.length < all.length) {
      const finished = all.filter(([, bar]) => !busy(bar)).length;
      stream.write(`\x1b[2K${fitted(`... and ${all.length - shown.length} more periods (${finished} of all ${all.length} done)`, columns)}\n`);
    }
    drawn = shown.length + (shown.length < all.length ? 1 : 0);
  };
  /** The cursor up over the bars, and the screen below it cleared. */
  const erase = () => {
    if (drawn > 0) stream.write(`\x1b[${drawn}A\x1b[J`);
    drawn = 0;
  };
  return {
    planning: (id, note) => {
      bars.set(id, { total: 0, done: 0, drawing: new Set(), note, planning: true });
      draw();
    },
    period: (id, total, reused = 0) => {
      bars.set(id, { total, done: 0, drawing: new Set(), note: total === 0 ? periodLine(0, reused) : '', planning: false });
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
      // Written over the bars, which are drawn again below it: the bars drawn while a deck was
      // laid out stayed on the screen above each of its warnings.
      erase();
      stream.write(`warning: ${text}\n`);
      draw();
    },
    done: (summary) => stream.write(`${summary}\n`),
    clear: () => {
      erase();
      bars.clear();
    },
  };
}

/** A line cut to fit a terminal `columns` wide, one column spare (a full line wraps on some). */
function fitted(line: string, columns: number): string {
  return cut(line, columns - 1);
}

/** `text` in at most `most` columns, with "..." where it is cut (see errors.ts's excerpt for why not "…"). */
function cut(text: string, most: number): string {
  if (displayWidth(text) <= most) return text;
  if (most < 4) return '';
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > most - 3) break;
    out += ch;
  }
  return `${out}...`;
}

/** What a build will do for a period: "up to date", "3 slides to render, 11 reused". */
function periodLine(toRender: number, reused: number): string {
  const reuse = reused === 0 ? '' : `${counted(reused, 'slide')} reused from images drawn before`;
  if (toRender === 0) return reuse === '' ? 'up to date' : reuse;
  return `${counted(toRender, 'slide')} to render${reused === 0 ? '' : `, ${reused} reused from images drawn before`}`;
}
