/**
 * The first step of a build for one deck file: either see from the manifest that nothing it
 * depends on has changed (without parsing anything), or load, validate and prepare the deck
 * and hash everything its images will depend on.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATE_FILES, loadTheme } from '../compose/loadTemplates.ts';
import type { ThemeCore } from '../compose/templateTypes.ts';
import { placeOf, type Deck } from '../deck.ts';
import { readDeckFile } from '../load/readDeckFile.ts';
import type { ProjectPaths } from '../paths.ts';
import { prepareDeck, type PreparedDeck } from '../plan/prepareDeck.ts';
import { emojiFile } from '../render/emoji.ts';
import { validateDeck } from '../validate/validateDeck.ts';
import { hashOf, stampFile, type FileStamp } from './hash.ts';
import type { DeckHashes } from './keys.ts';
import { readManifest, type Manifest } from './manifest.ts';
import { moduleClosure } from './templateDeps.ts';
import { toolVersions } from './versions.ts';

export interface FreshPeriod {
  fresh: true;
  id: string;
  deckFile: string;
  outputDir: string;
  manifest: Manifest;
}

export interface StalePeriod {
  fresh: false;
  id: string;
  deckFile: string;
  outputDir: string;
  manifest: Manifest | undefined;
  deck: Deck;
  theme: ThemeCore;
  templatesDir: string;
  prepared: PreparedDeck;
  hashes: DeckHashes;
  inputs: Record<string, FileStamp>;
}

export type PeriodWork = FreshPeriod | StalePeriod;

export function periodId(deckFile: string): string {
  return path.basename(deckFile).replace(/\.ya?ml$/i, '');
}

export async function preparePeriod(deckFile: string, paths: ProjectPaths, options: { trustManifest: boolean }): Promise<PeriodWork> {
  const id = periodId(deckFile);
  const outputDir = path.join(paths.output, id);
  const manifest = readManifest(outputDir);
  if (options.trustManifest && manifest !== undefined && isUpToDate(manifest, deckFile, outputDir)) {
    return { fresh: true, id, deckFile, outputDir, manifest };
  }
  const deck = validateDeck(await readDeckFile(deckFile));
  const { dir, theme } = await loadTheme(paths.templates, deck.theme, placeOf(deck.source, 'theme'));
  const prepared = await prepareDeck(deck, theme, path.join(dir, TEMPLATE_FILES.theme), paths);

  const inputs: Record<string, FileStamp> = {};
  const stamp = (file: string): string => {
    const s = stampFile(file, manifest?.inputs[file]);
    if (s === undefined) return 'missing';
    inputs[file] = s;
    return s.hash;
  };
  stamp(deckFile);
  const kindHash = (file: string) => hashOf(...moduleClosure(path.join(dir, file)).flatMap((f) => [path.relative(dir, f), stamp(f)]));
  const template = { cover: kindHash(TEMPLATE_FILES.Cover), case: kindHash(TEMPLATE_FILES.Case), closing: kindHash(TEMPLATE_FILES.Closing) };
  kindHash(TEMPLATE_FILES.theme);
  const fonts = hashOf(...prepared.fonts.flatMap((f) => [f.family, String(f.weight), stamp(f.path)]));
  const emoji: Record<string, string> = {};
  for (const grapheme of Object.keys(prepared.emoji)) {
    const file = emojiFile(grapheme);
    emoji[grapheme] = file === undefined ? '' : stamp(file);
  }
  const hashes: DeckHashes = {
    template,
    fonts,
    emoji,
    markers: [theme.markers.heading, theme.markers.bullet],
    size: `${theme.width}x${theme.height}`,
    tools: hashOf(JSON.stringify(toolVersions())),
  };
  return { fresh: false, id, deckFile, outputDir, manifest, deck, theme, templatesDir: paths.templates, prepared, hashes, inputs };
}

/** Nothing the images were built from has changed, and every image is still there. */
function isUpToDate(manifest: Manifest, deckFile: string, outputDir: string): boolean {
  if (!manifest.complete || manifest.deck !== deckFile || JSON.stringify(manifest.tools) !== JSON.stringify(toolVersions())) return false;
  if (manifest.inputs[deckFile] === undefined) return false;
  for (const [file, previous] of Object.entries(manifest.inputs)) {
    if (stampFile(file, previous)?.hash !== previous.hash) return false;
  }
  return manifest.slides.every((slide) => fileBytes(path.join(outputDir, `${slide.name}.png`)) === slide.bytes);
}

export function fileBytes(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}
