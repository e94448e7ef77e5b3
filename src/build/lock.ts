/**
 * One build at a time per output folder. A second build finds the lock and stops with a message
 * instead of interleaving its writes; a lock whose process is gone (kill -9) is taken over.
 * The lock names its process by id and, where Linux's /proc says it, by when the process
 * started: a process id is reused, and a killed process whose parent has not yet collected it
 * (a zombie) still answers a signal, and either would hold the folder for a build long gone.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../paths.ts';
import { UserError } from '../errors.ts';
import { naming } from '../write/atomicWrite.ts';

const LOCK_FILE = '.cardnews.lock';

export interface Lock {
  release(): void;
}

export function acquireLock(outputDir: string): Lock {
  mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, [process.pid, startOf(process.pid)?.started ?? ''].join(' ').trim(), { flag: 'wx' });
      return { release: () => rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        // A write that failed once the file was made (a full disk) leaves it empty: no lock.
        rmSync(file, { force: true });
        throw naming(error, file);
      }
    }
    const [pid = '', started] = readFileSafe(file).split(' ');
    const holder = Number(pid);
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder, started)) {
      throw new UserError([{
        place: { file: displayPath(outputDir), line: 0, col: 0 },
        message: `another cardnews build (process ${holder}) is writing this folder right now`,
        hint: 'Wait for it to finish, then run this command again.',
      }]);
    }
    rmSync(file, { force: true });
  }
  throw new Error(`could not take the lock ${file}`);
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
