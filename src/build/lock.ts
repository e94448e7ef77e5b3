/**
 * One build at a time per output folder. A second build finds the lock and stops with a message
 * instead of interleaving its writes; a lock whose process is gone (kill -9) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../paths.ts';
import { UserError } from '../errors.ts';

const LOCK_FILE = '.cardnews.lock';

export interface Lock {
  release(): void;
}

export function acquireLock(outputDir: string): Lock {
  mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return { release: () => rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSafe(file));
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
      throw new UserError([{
        place: { file: displayPath(outputDir), line: 0, col: 0 },
        message: `another cardnews build (process ${holder}) is writing this folder right now`,
        hint: 'Wait for it to finish, then build again.',
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

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
