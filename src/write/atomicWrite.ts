/**
 * Write a file so that readers only ever see the old or the new content: write a temporary
 * file in the same folder (same file system, so rename is atomic), then rename it over.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(file: string, data: Buffer | string): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Temporary files an interrupted write left behind (their writer is gone). */
export const TEMP_FILE = /^\..+\.tmp-\d+-[0-9a-f]+$/;
