/** Content hashes for build keys, and file stamps that let an unchanged file skip rehashing. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

export function hashOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(typeof part === 'string' ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/** What a build remembers of an input file. */
export interface FileStamp {
  size: number;
  /** The file's modification time, or UNTRUSTED_TIME when it was too recent to vouch for its content. */
  mtimeMs: number;
  hash: string;
}

/** Never a file's time: the stamp's hash is checked against the file's content next time. */
const UNTRUSTED_TIME = -1;

/**
 * A file saved within this long before it was read may be saved again with the same time (FAT
 * keeps times to 2 s, a file server's clock may run ahead), and, of the same size, look
 * unchanged: git's "racy" files. Such a stamp is not trusted by its time.
 */
const RACY_MS = 3000;

/**
 * `known`: the file's bytes and the size and time they were read at, when they are in memory
 * already; the stamp then describes exactly those bytes, even if the file changes meanwhile.
 */
export function stampFile(file: string, previous?: FileStamp, known?: { data: Uint8Array; size: number; mtimeMs: number }): FileStamp | undefined {
  let stat;
  try {
    stat = known ?? statSync(file);
  } catch {
    return undefined;
  }
  // Same size and modification time: trust the previous hash, as make trusts timestamps.
  if (previous !== undefined && previous.size === stat.size && previous.mtimeMs === stat.mtimeMs) return previous;
  const racy = Date.now() - stat.mtimeMs < RACY_MS;
  return { size: stat.size, mtimeMs: racy ? UNTRUSTED_TIME : stat.mtimeMs, hash: hashOf(known?.data ?? readFileSync(file)) };
}
