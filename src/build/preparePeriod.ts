/**
 * For a deck whose images are not all up to date: load, validate and prepare it, and hash
 * everything its images will depend on. Imported only when a build has such a deck, so a build
 * with nothing to do never loads the YAML parser, the fonts or the templates.
 *
 * The hashes are worked out when first asked for: a deck without images has no layouts to look
 * up, so a cold build hashes its inputs (~40 ms, most of it the font files) while the workers
 * lay out the first cases, instead of before.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deckTexts } from '../plan/deckTexts.ts';
import { TEMPLATE_FILES, findTemplateDir, loadTheme } from '../compose/loadTemplates.ts';
import type { ThemeCore } from '../compose/templateTypes.ts';
import { placeOf, type Deck } from '../deck.ts';
import { UserError } from '../errors.ts';
import { readDeckFile } from '../load/readDeckFile.ts';
import { packageRoot, periodId, type ProjectPaths } from '../paths.ts';
import { prepareDeck, type PreparedDeck } from '../plan/prepareDeck.ts';
import type { Slide } from '../plan/slides.ts';
import { emojiIn } from '../render/coverage.ts';
import { emojiFile } from '../render/emoji.ts';
import { validateDeck } from '../validate/validateDeck.ts';
import { hashOf, stampFile, type FileStamp } from './hash.ts';
import { nameInTemplate, type DeckHashes } from './keys.ts';
import type { Manifest } from './manifest.ts';
import { misspeltFieldProblems } from './misspeltFields.ts';
import { unreadableImageProblems } from './imageKinds.ts';
import { largeImageWarnings } from './imageWarnings.ts';
import { isCode, moduleClosure } from '../compose/templateDeps.ts';
import { runTemplateBundle } from './templateErrors.ts';
import { templateBundle } from './workerBundle.ts';
import { toolVersions } from './versions.ts';
import { inCodeUnitOrder } from '../codeUnitOrder.ts';

export interface StalePeriod {
  id: string;
  deckFile: string;
  outputDir: string;
  manifest: Manifest | undefined;
  deck: Deck;
  theme: ThemeCore;
  templatesDir: string;
  /** The folder of the deck's template (in the project, or the one cardnews comes with). */
  templateDir: string;
  /** That folder compiled for the workers (workerBundle.ts). */
  templateBundle: string;
  prepared: PreparedDeck;
  /** What its images depend on, as hashes (read and hashed on the first call). */
  hashes(): DeckHashes;
  /** The stamps of those input files, for the manifest. */
  inputs(): Record<string, FileStamp>;
  /** The files each kind of slide's template is made of: its component and what it imports. */
  templateFiles: Record<Slide['kind'], string[]>;
  /** Every character the slides can show: the deck's text, the theme's and the templates'. */
  characters: Set<number>;
}


/** Load, validate and prepare a deck whose images are not all up to date (see freshness.ts). */
export async function preparePeriod(deckFile: string, outputDir: string, manifest: Manifest | undefined, paths: ProjectPaths): Promise<StalePeriod> {
  const id = periodId(deckFile);
  const parsed = await readDeckFile(deckFile);
  const deck = validateDeck(parsed);
  // From the bytes read, not with the other inputs: the manifest must describe the text this build drew.
  const deckStamp = stampFile(deckFile, manifest?.inputs[deckFile], parsed.read);
  // The template folder, compiled (see workerBundle.ts): this thread needs its theme too.
  const dir = findTemplateDir(paths.templates, deck.theme, placeOf(deck.source, 'theme'), deck.source.lines);
  const { out: bundle, stamps: compiledFrom, sources } = await templateBundle(dir);
  runTemplateBundle(bundle, dir);
  const theme = await loadTheme(dir);
  const prepared = await prepareDeck(deck, theme, path.join(dir, TEMPLATE_FILES.theme), paths);

  const characters = new Set<number>();
  const addCharacters = (text: string) => {
    for (const ch of text) characters.add(ch.codePointAt(0) ?? 0);
  };
  // Printable ASCII always: slide numbers, and Latin a template may add.
  for (let cp = 0x20; cp < 0x7f; cp++) characters.add(cp);
  for (const text of deckTexts(deck, theme, () => ({ place: { file: deckFile, line: 0, col: 0 } }))) addCharacters(text.text);

  // The files of each slide kind's template; many (theme, parts, the Words helper) are shared.
  const closures = Object.fromEntries(Object.entries(TEMPLATE_FILES).map(([kind, file]) => [kind, moduleClosure(path.join(dir, file))])) as Record<keyof typeof TEMPLATE_FILES, string[]>;
  // Text written into a template (a label, a unit) must be in the font subsets too: read from
  // what the bundle was compiled from, which is what the slides will draw.
  const files = [...new Set(Object.values(closures).flat())];
  // Each file read once: its text, an image's kind and its size are three readers of it.
  const read = new Map(sources);
  const bytes = (file: string): Buffer => {
    const known = read.get(file);
    if (known !== undefined) return known;
    const data = readFileSync(file);
    read.set(file, data);
    return data;
  };
  // Code only: the bytes of an image read as text added thousands of characters to the subsets.
  const texts = new Map(files.filter(isCode).map((file) => [file, bytes(file).toString('utf8')]));
  for (const text of texts.values()) addCharacters(text);
  // Emoji a template writes itself (📢 before a label) are drawn from the emoji set too; every
  // slide of its kind shows them, whatever its content.
  // Each file read once: the theme and parts.tsx serve every kind.
  const emojiOf = new Map<string, Record<string, string>>();
  const writtenEmoji = (kind: keyof typeof TEMPLATE_FILES) => {
    // The template's files (its folder, a folder it shares with others): cardnews's own (Words,
    // the template types) and packages write none on a slide, and name some in comments.
    const written = closures[kind].filter((f) => !f.startsWith(path.join(packageRoot, 'src') + path.sep) && !f.split(path.sep).includes('node_modules'));
    const images: Record<string, string> = {};
    for (const file of written) {
      let own = emojiOf.get(file);
      if (own === undefined) emojiOf.set(file, (own = emojiIn(texts.get(file) ?? '', prepared.fonts)));
      Object.assign(images, own);
    }
    Object.assign(prepared.emoji, images);
    return Object.keys(images);
  };
  const alwaysShown = { cover: writtenEmoji('Cover'), case: [...writtenEmoji('Case'), theme.markers.heading, theme.markers.bullet], closing: writtenEmoji('Closing') };
  // Names of fields that do not exist, in the template's own files (the theme is checked apart).
  const own = new Map([...texts].filter(([file]) => file.startsWith(dir + path.sep) && path.basename(file) !== TEMPLATE_FILES.theme));
  const misspelt = misspeltFieldProblems(own, theme);
  if (misspelt.length > 0) throw new UserError(misspelt);
  const unreadable = unreadableImageProblems(files, bytes);
  if (unreadable.length > 0) throw new UserError(unreadable);
  prepared.warnings.push(...largeImageWarnings(files, theme.width, theme.height, bytes));

  let hashed: { hashes: DeckHashes; inputs: Record<string, FileStamp> } | undefined;
  const hash = () => (hashed ??= hashInputs(deckFile, deckStamp, compiledFrom, dir, closures, theme, prepared, alwaysShown, manifest));
  return { id, deckFile, outputDir, manifest, deck, theme, templatesDir: paths.templates, templateDir: dir, templateBundle: bundle, prepared, hashes: () => hash().hashes, inputs: () => hash().inputs, templateFiles: { cover: closures.Cover, case: closures.Case, closing: closures.Closing }, characters };
}

/**
 * `compiledFrom`: the template files as the template bundle read them. The slides are drawn from
 * that bundle, so those stamps, not the files as they are by now, describe what was drawn.
 */
function hashInputs(deckFile: string, deckStamp: FileStamp | undefined, compiledFrom: ReadonlyMap<string, FileStamp>, dir: string, closures: Record<keyof typeof TEMPLATE_FILES, string[]>, theme: ThemeCore, prepared: PreparedDeck, alwaysShown: DeckHashes['alwaysShown'], manifest: Manifest | undefined): { hashes: DeckHashes; inputs: Record<string, FileStamp> } {
  const inputs: Record<string, FileStamp> = deckStamp !== undefined ? { [deckFile]: deckStamp } : {};
  const stamp = (file: string, known?: Parameters<typeof stampFile>[2]): string => {
    const s = inputs[file] ?? compiledFrom.get(file) ?? stampFile(file, manifest?.inputs[file], known);
    if (s === undefined) return 'missing';
    inputs[file] = s;
    return s.hash;
  };
  // Files are named where they are within the template or cardnews, and taken in the order of
  // those names (not of their paths, which put a project's copy of cardnews's templates before or
  // after cardnews's own files by where the two are), so a copied template hashes the same.
  const named = (f: string) => nameInTemplate(dir, f) ?? `cardnews:${path.relative(packageRoot, f)}`;
  const kindHash = (files: string[]) => {
    const byName = files.map((file) => ({ name: named(file), file })).sort((a, b) => inCodeUnitOrder(a.name, b.name));
    return hashOf(...byName.flatMap(({ name, file }) => [name, stamp(file)]));
  };
  const template = { cover: kindHash(closures.Cover), case: kindHash(closures.Case), closing: kindHash(closures.Closing) };
  // The theme also decides fonts, markers and size, whichever component imports it.
  for (const file of closures.theme) stamp(file);
  // The fonts are in memory already: no second read, except of a collection, whose face in
  // memory is not the file a later build's freshness check will hash.
  const fonts = hashOf(...prepared.fonts.flatMap((f) => [f.family, String(f.weight), stamp(f.path, f.fromCollection ? undefined : f)]));
  const emoji: Record<string, string> = {};
  for (const grapheme of Object.keys(prepared.emoji)) {
    const file = emojiFile(grapheme);
    emoji[grapheme] = file === undefined ? '' : stamp(file);
  }
  const hashes: DeckHashes = {
    template,
    fonts,
    emoji,
    alwaysShown,
    size: `${theme.width}x${theme.height}`,
    tools: hashOf(JSON.stringify(toolVersions())),
  };
  return { hashes, inputs };
}
