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
  mtimeMs: number;
  hash: string;
}

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
  return { size: stat.size, mtimeMs: stat.mtimeMs, hash: hashOf(known?.data ?? readFileSync(file)) };
}
