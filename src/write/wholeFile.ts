/**
 * What cardnews keeps in its cache folder ends with a mark, so that a file cut short is made
 * again instead of used. Each is written whole or not at all (atomicWrite.ts), but a machine
 * that lost its power before the disk had the data, or a copy of the project that stopped
 * half-way, leaves files empty or cut off: a worker's empty bundle ran nothing and the build
 * called it a bug in cardnews, and a font subset cut short failed inside satori and was blamed
 * on the template. bin/cardnews.js marks and checks the command's own bundle the same way.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/** A comment in JavaScript; stripped again from what is not (a font). */
const MARK = Buffer.from('\n// cardnews: end of a whole file\n');

export function withWholeMark(data: Uint8Array): Buffer {
  return Buffer.concat([data, MARK]);
}

/** What was written, without the mark; undefined when the file is not there or not whole. */
export function readWhole(file: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  return data.subarray(-MARK.length).equals(MARK) ? data.subarray(0, -MARK.length) : undefined;
}

/** The same question from the file's end alone: a bundle is megabytes, and often only looked for. */
export function isWhole(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const { size } = fstatSync(fd);
    const end = Buffer.alloc(MARK.length);
    return size >= MARK.length && readSync(fd, end, 0, MARK.length, size - MARK.length) === MARK.length && end.equals(MARK);
  } finally {
    closeSync(fd);
  }
}
