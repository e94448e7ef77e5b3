/**
 * One build at a time per output folder. A second build finds the lock and stops with a message
 * instead of interleaving its writes; a lock whose process is gone (kill -9) is taken over.
 * The lock names its process by id and, where Linux's /proc says it, by when the process
 * started: a process id is reused, and a killed process whose parent has not yet collected it
 * (a zombie) still answers a signal, and either would hold the folder for a build long gone.
 * It also names its computer: a project on a network share may be built from two, and a process
 * id says nothing on another; such a lock holds while its build renews it.
 */
import { mkdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { displayPath } from '../paths.ts';
import { UserError } from '../errors.ts';
import { naming, tempFor, writeFileAtomicSync } from '../write/atomicWrite.ts';

const LOCK_FILE = '.cardnews.lock';

/** How often a build writes its lock again, and how long another computer's lock holds without it. */
export const RENEW_MS = 5_000;
export const LAPSE_MS = 30_000;
/**
 * How long a lock that says nothing yet holds: a build makes its lock and then writes it, and
 * another build that read it in between took it for no one's and built beside it.
 */
const WRITING_MS = 2_000;

export interface Lock {
  release(): void;
}

interface Holder {
  pid: number;
  started: string | undefined;
  host: string | undefined;
}

export function acquireLock(outputDir: string): Lock {
  // A folder made for the lock alone goes with it: a new period whose deck has a mistake left an
  // empty output folder behind ("nothing was written").
  const made = mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, LOCK_FILE);
  const own = JSON.stringify({ pid: process.pid, started: startOf(process.pid)?.started, host: hostname() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, own, { flag: 'wx' });
      // Written again now and then, so that a build on another computer sees this one is alive;
      // not once another build has taken the lock over.
      const renew = setInterval(() => {
        if (readFileSafe(file) === own) tryWrite(file, own);
      }, RENEW_MS).unref();
      return {
        release: () => {
          clearInterval(renew);
          rmSync(file, { force: true });
          if (made !== undefined) removeIfEmpty(outputDir, made);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        // A write that failed once the file was made (a full disk) leaves it empty: no lock.
        rmSync(file, { force: true });
        throw naming(error, file);
      }
    }
    const holder = holderOf(readFileSafe(file));
    const busy = (who: string, after = '') => new UserError([{
      place: { file: displayPath(outputDir), line: 0, col: 0 },
      message: `another cardnews build${who} is writing this folder right now`,
      hint: `Wait for it to finish, then run this command again.${after}`,
    }]);
    if (holder !== undefined && holder.host !== undefined && holder.host !== hostname()) {
      if (renewedWithin(file, LAPSE_MS)) throw busy(`, on the computer "${holder.host}" (process ${holder.pid}),`, ` (If that computer stopped in the middle of a build, the folder is free ${LAPSE_MS / 1000} seconds later.)`);
    } else if (holder !== undefined && isAlive(holder.pid, holder.started)) {
      throw busy(` (process ${holder.pid})`);
    } else if (holder === undefined && madeJustNow(file)) {
      throw busy('');
    }
    rmSync(file, { force: true });
  }
  throw new Error(`could not take the lock ${file}`);
}

/** The lock's holder: as this version writes it, or as earlier ones did ("pid started", on this computer). */
function holderOf(text: string): Holder | undefined {
  let pid: unknown;
  let started: unknown;
  let host: unknown;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The earlier form; "1234" alone (no /proc to tell when it started) is JSON too, a number.
  }
  if (typeof parsed === 'object' && parsed !== null) ({ pid, started, host } = parsed as Record<string, unknown>);
  else [pid, started] = text.split(' ').map((part, i) => (i === 0 ? Number(part) : part));
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, started: typeof started === 'string' ? started : undefined, host: typeof host === 'string' ? host : undefined };
}

/**
 * Whether the lock was written within `ms`, by the clock of the disk it is on: a file written
 * beside it now tells that clock, which a file server keeps, not this computer.
 */
function renewedWithin(file: string, ms: number): boolean {
  // A temporary file's name: one a killed build leaves is swept with the others.
  const probe = tempFor(file);
  const written = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  // Gone meanwhile: its build ended.
  if (written === undefined) return false;
  let now = Date.now();
  try {
    writeFileSync(probe, '');
    now = statSync(probe).mtimeMs;
  } catch {
    // A folder this build cannot write, or the probe swept by that build's end: this computer's clock.
  } finally {
    rmSync(probe, { force: true });
  }
  return now - written < ms;
}

/** A lock file (not a folder in its place) made so lately that its build may not have written it yet. */
function madeJustNow(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() === true && renewedWithin(file, WRITING_MS);
}

function tryWrite(file: string, text: string): void {
  try {
    // Replaced whole: written in place, it is empty for a moment, and says nothing to a build that reads it then.
    writeFileAtomicSync(file, text);
  } catch {
    // A lock that cannot be renewed lapses on other computers; this build goes on.
  }
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function isAlive(pid: number, started: string | undefined): boolean {
  if (pid === process.pid) return true;
  const proc = startOf(pid);
  if (proc !== undefined) return !proc.zombie && (started === undefined || proc.started === started);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When a process started (in clock ticks since boot) and whether it is a zombie, from
 * /proc/<pid>/stat; undefined without /proc (not Linux) or when the process is gone.
 */
function startOf(pid: number): { started: string; zombie: boolean } | undefined {
  const stat = readFileSafe(`/proc/${pid}/stat`);
  // "pid (command) state ppid …": the command may hold spaces and parentheses of its own.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const started = fields[19];
  return started === undefined ? undefined : { started, zombie: fields[0] === 'Z' };
}

/** `dir` and the folders above it up to `top` (the first the lock made), while they are empty. */
function removeIfEmpty(dir: string, top: string): void {
  for (let folder = dir; ; folder = path.dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty (the build wrote into it), or gone: either way as it should be.
      return;
    }
    if (folder === top || path.dirname(folder) === folder) return;
  }
}
