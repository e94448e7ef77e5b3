/**
 * Before any layout: load the deck's fonts (the theme's, then the deck's own fallbacks from
 * `fonts/`) and check that every character of the deck can be drawn by them or as an emoji.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ThemeCore } from '../compose/templateTypes.ts';
import { placeOf, type Deck } from '../deck.ts';
import { UserError, type Problem } from '../errors.ts';
import { placeOfFontEntry, placeOfText } from '../sourceText.ts';
import { asTyped, displayPath, type ProjectPaths } from '../paths.ts';
import { checkCoverage, type PlacedText } from '../render/coverage.ts';
import { fallbackFamily, FontFileError, fontFilesIn, loadFont, nearFontFile, resolveFontPath, type LoadedFont } from '../render/fonts.ts';
import { DISTINCT_WEIGHTS } from '../render/fontWeight.ts';
import { HANGUL } from '../compose/words.ts';
import { deckTexts } from './deckTexts.ts';

export interface PreparedDeck {
  fonts: LoadedFont[];
  /** Where each of `fonts` is named (the theme, or the deck's `fonts:` list), for messages about it. */
  namedAt: Pick<Problem, 'place' | 'sourceLine'>[];
  /** Emoji grapheme → image, for every emoji the deck and theme use. */
  emoji: Record<string, string>;
  /** What will be drawn, but probably not as meant (a font named for a weight it is not). */
  warnings: string[];
}

export async function prepareDeck(deck: Deck, theme: ThemeCore, themeFile: string, paths: ProjectPaths): Promise<PreparedDeck> {
  const inTheme = (text: string) => placeOfText([themeFile], text);
  const { fonts, namedAt } = await loadDeckFonts(deck, theme, paths, themeFile, inTheme);
  const texts = deckTexts(deck, theme, inTheme);
  const unkorean = noKoreanFont(texts, fonts, inTheme('fonts:'));
  if (unkorean !== undefined) throw new UserError([unkorean]);
  const coverage = checkCoverage(texts, fonts);
  if (coverage.problems.length > 0) throw new UserError(coverage.problems);
  return { fonts, namedAt, emoji: coverage.emoji, warnings: weightWarnings(theme, fonts, namedAt) };
}

/**
 * Fonts of which none has a Korean letter the deck writes (a Latin display font chosen alone):
 * one problem at the theme's fonts, where a deck drew one for each Korean word (469 for the
 * example).
 */
function noKoreanFont(texts: readonly PlacedText[], fonts: readonly LoadedFont[], themeFonts: Pick<Problem, 'place' | 'sourceLine'>): Problem | undefined {
  const korean = new Set(texts.flatMap((item) => [...item.text].filter((character) => HANGUL.test(character))));
  if (korean.size === 0 || fonts.some((font) => [...korean].some((letter) => font.chars.has(letter.codePointAt(0) ?? 0)))) return undefined;
  return {
    ...themeFonts,
    message: `none of the fonts (${[...new Set(fonts.map((font) => font.label))].join(', ')}) has Korean letters, so no Korean text of the deck can be drawn`,
    hint: 'Put a Korean font first in the theme\'s fonts — Pretendard GOV from npm, as the default theme has it, or a file in fonts/ — and keep the others after it for the letters they draw.',
  };
}

/** A theme font whose file is made as another weight: its text is drawn in the file's weight. */
function weightWarnings(theme: ThemeCore, fonts: readonly LoadedFont[], namedAt: PreparedDeck['namedAt']): string[] {
  return theme.fonts.flatMap((spec, i) => {
    const font = fonts[i];
    const at = namedAt[i]?.place;
    if (font?.madeAs === undefined || at === undefined || Math.abs(font.madeAs - spec.weight) < DISTINCT_WEIGHTS) return [];
    return [`${at.file}:${at.line}:${at.col}: the theme gives ${font.label} weight ${spec.weight}, but the file is made as weight ${font.madeAs}: text set in ${spec.weight} will be drawn in weight ${font.madeAs}; name the file of weight ${spec.weight} here (satori takes a font to be the weight it is given, and draws its letters as they are).`];
  });
}

async function loadDeckFonts(deck: Deck, theme: ThemeCore, paths: ProjectPaths, themeFile: string, inTheme: (text: string) => Pick<Problem, 'place' | 'sourceLine'>): Promise<Pick<PreparedDeck, 'fonts' | 'namedAt'>> {
  type Load = { font: LoadedFont; at: Pick<Problem, 'place' | 'sourceLine'> } | { problem: Problem };
  const tryLoad = async (family: string, weight: LoadedFont['weight'], resolve: () => string, at: Pick<Problem, 'place' | 'sourceLine'>, hint: string): Promise<Load> => {
    try {
      return { font: await loadFont(family, weight, resolve()), at };
    } catch (error) {
      if (!(error instanceof FontFileError)) throw error;
      return { problem: { ...at, message: error.message, hint: error.hint ?? hint } };
    }
  };
  // Read at once, not one after another: the first build of a deck reads ~11 MB of fonts, and the
  // reads in turn took 30 ms of the main thread against 10 (workers wait for this thread here).
  const loads = theme.fonts.map((spec, i) => {
    // At the line that writes the font's path; a theme that builds the path (gov('Bold')) at the
    // line of its entry, else at its fonts list.
    const written = inTheme(spec.npm ?? spec.file ?? 'fonts:');
    const at = written.place.line > 0 ? written : placeOfFontEntry(themeFile, i, spec.weight) ?? inTheme('fonts:');
    return tryLoad(spec.family, spec.weight, () => resolveFontPath(spec, paths.fonts, paths.root), at, spec.file !== undefined ? fileHint(spec.file) : 'Fix the font entry in the theme.');
  });
  for (const [i, file] of deck.fonts.entries()) {
    const place = placeOf(deck.source, `fonts.${i}`);
    loads.push(tryLoad(fallbackFamily(file), 400, () => resolveFontPath({ file }, paths.fonts, paths.root), { place, sourceLine: deck.source.lines[place.line - 1] }, fileHint(file)));
  }
  const loaded = await Promise.all(loads);
  const problems = loaded.flatMap((load) => ('problem' in load ? [load.problem] : []));
  if (problems.length > 0) throw new UserError(problems);
  const fonts = loaded.flatMap((load) => ('font' in load ? [load] : []));
  return { fonts: fonts.map((load) => load.font), namedAt: fonts.map((load) => load.at) };

  /** What to do about a font file that cannot be read: in fonts/, or in the folder the path names (`/usr/share/fonts/…`). */
  function fileHint(file: string): string {
    const full = path.resolve(paths.fonts, file);
    const dir = path.dirname(full);
    const near = nearFontFile(dir, path.basename(file));
    const written = (name: string) => path.join(path.dirname(file), name);
    if (near !== undefined && written(near) !== file) return `Did you mean "${written(near)}"? Names must match exactly, capitals included.`;
    // A deck or theme written on Windows, built elsewhere (a colleague's Mac, a CI server).
    if (path.sep === '/' && /^([a-z]:[\\/]|\\\\)/i.test(file)) return `That is a path on a Windows computer, and this one is not: copy the font file into ${displayPath(paths.fonts)}${path.sep} and write its name alone ("${file.split(/[\\/]/).pop() ?? file}"), which every computer that builds the project finds.`;
    if (asTyped(file) !== file) return `Write the path with / instead of \\ ("${asTyped(file)}"): a \\ separates folders on Windows only.`;
    if (dir === paths.fonts) return `Put the font file into ${displayPath(paths.fonts)}${path.sep} (a .ttf, .otf, .ttc or .woff file) and name it here exactly.`;
    // Its path from the project (`fonts/Extra.ttf`) where its name in fonts/ goes.
    const fromRoot = path.resolve(paths.root, file);
    if (path.dirname(fromRoot) === paths.fonts && existsSync(fromRoot)) return `A font file is named as it is in ${displayPath(paths.fonts)}${path.sep}, without the folder: write "${path.basename(fromRoot)}".`;
    const there = fontFilesIn(dir);
    return there === undefined ? `There is no folder ${displayPath(dir)}: check the path, or put the font file into ${displayPath(paths.fonts)}${path.sep} and name it alone.`
      : there.length === 0 ? `${displayPath(dir)} has no font files: check the path, or put the font file into ${displayPath(paths.fonts)}${path.sep} and name it alone.`
      : `${displayPath(dir)} has ${there.slice(0, 8).join(', ')}${there.length > 8 ? ', …' : ''}: name one of those, or put the file there.`;
  }
}
