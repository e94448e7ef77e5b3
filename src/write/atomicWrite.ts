/**
 * Write a file so that readers only ever see the old or the new content: write a temporary
 * file in the same folder (same file system, so rename is atomic), then rename it over.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A temporary name beside `file`, unique to this write, that TEMP_FILE knows. */
export function tempFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * How long a rename waits for a file another program holds for a moment. Windows refuses to
 * replace a file that is open (EPERM, EACCES, EBUSY): an antivirus scanning what was just
 * written, Explorer making a thumbnail, OneDrive or Dropbox uploading an image of the output
 * folder. A build that stopped at that would fail now and then, for nothing; elsewhere those
 * codes mean what they say, at once.
 */
export const busyFiles = { waitMs: process.platform === 'win32' ? 5_000 : 0 };
const BUSY = new Set(['EPERM', 'EACCES', 'EBUSY']);
const isBusy = (error: unknown) => BUSY.has(String((error as { code?: unknown }).code));

/** rename, tried again for a while when the target is busy (see busyFiles). */
export async function renameWhenFree(from: string, to: string): Promise<void> {
  const until = Date.now() + busyFiles.waitMs;
  for (let wait = 10; ; wait = Math.min(wait * 2, 250)) {
    try {
      return await rename(from, to);
    } catch (error) {
      if (!isBusy(error) || Date.now() + wait > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** For rm: Node tries again itself, for the same codes (EBUSY, EPERM …), when asked to. */
export const removeWhenFree = () => (busyFiles.waitMs > 0 ? { force: true, maxRetries: 10, retryDelay: 100 } : { force: true });

export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = tempFor(file);
  try {
    await writeFile(temp, data);
    await renameWhenFree(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw naming(error, file);
  }
}

/**
 * The same, for a caller that cannot wait: a lock renewed on a timer, a cache of cut fonts. Both
 * go on without the file, so a busy one is not waited for, which would hold the whole build.
 */
export function writeFileAtomicSync(file: string, data: Uint8Array | string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = tempFor(file);
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw naming(error, file);
  }
}

/**
 * The error with the file it was about: node names none when writing itself fails (a full disk
 * is ENOSPC from `write`, after the file was opened), and a message must say which file it was.
 */
export function naming(error: unknown, file: string): unknown {
  if (error instanceof Error && 'code' in error && !('path' in error)) Object.assign(error, { path: file });
  return error;
}

/** Temporary files an interrupted write left behind (their writer is gone). */
export const TEMP_FILE = /^\..+\.tmp-\d+-[0-9a-f]+$/;
