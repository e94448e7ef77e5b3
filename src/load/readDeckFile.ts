/**
 * Read a deck file and parse it into a YAML document that keeps source positions, so that
 * validation can point at `file:line:col`. This and `write/` are the only stages that touch disk.
 */
import { readFile, readlink, stat } from 'node:fs/promises';
import { fileErrorFields, UserError } from '../errors.ts';
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
  const stats = await stat(absolutePath).catch(async (error: unknown) => {
    throw await notThere(error, absolutePath, file);
  });
  if (stats.isDirectory()) throw atDeck(file, 'this is a folder, not a deck file', 'Rename the folder so that its name does not end in .yaml or .yml: decks are files in data/ itself.');
  const data = await readFile(absolutePath);
  return { ...parseDeckText(decodeDeck(data, file), file), read: { data, size: stats.size, mtimeMs: stats.mtimeMs } };
}

/**
 * A deck listed a moment ago that is not there: a link to a file that is not (moved, or on a
 * drive not connected), a link that leads round to itself, or a deck removed or renamed while
 * the build ran. Other errors as they are.
 */
async function notThere(error: unknown, absolutePath: string, file: string): Promise<unknown> {
  const code = fileErrorFields(error)?.code;
  const mendLink = 'Put the deck itself into data/, or mend the link.';
  if (code === 'ELOOP') return atDeck(file, 'this deck is a link that leads back to itself, through links only', mendLink);
  if (code !== 'ENOENT') return error;
  const target = await readlink(absolutePath).catch(() => undefined);
  if (target === undefined) return atDeck(file, 'this deck was removed or renamed while cardnews read it', 'Build again.');
  return atDeck(file, `this deck is a link to ${target}, which does not exist`, mendLink);
}

/** A mistake of the deck file as a whole: there is no line to point at. */
const atDeck = (file: string, message: string, hint: string) => new UserError([{ place: { file, line: 0, col: 0 }, message, hint }]);
