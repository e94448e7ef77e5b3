/**
 * Read a deck file and parse it into a YAML document that keeps source positions, so that
 * validation can point at `file:line:col`. This and `write/` are the only stages that touch disk.
 */
import { readFile, stat } from 'node:fs/promises';
import { displayPath, periodId } from '../paths.ts';
import { decodeDeck } from './decodeDeck.ts';
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedDeckFile {
  /** The path as messages show it: relative to the working directory when inside it. */
  file: string;
  /** The period id: the file name without `.yaml`. */
  id: string;
  text: string;
  lines: string[];
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export function parseDeckText(text: string, file: string): ParsedDeckFile {
  const lineCounter = new LineCounter();
  // uniqueKeys makes a repeated key an error instead of silently keeping the last one.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  return { file, id: periodId(file), text, lines: text.split(/\r?\n/), doc, lineCounter };
}

/** A file's bytes, with its size and modification time from just before they were read. */
export interface ReadBytes {
  data: Buffer;
  size: number;
  mtimeMs: number;
}

/** `read`: the bytes it was parsed from, so a build records the text it read, not a later save. */
export async function readDeckFile(absolutePath: string): Promise<ParsedDeckFile & { read: ReadBytes }> {
  const file = displayPath(absolutePath);
  const { size, mtimeMs } = await stat(absolutePath);
  const data = await readFile(absolutePath);
  return { ...parseDeckText(decodeDeck(data, file), file), read: { data, size, mtimeMs } };
}
