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

export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = tempFor(file);
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw naming(error, file);
  }
}

/** The same, for a caller that cannot wait. */
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
