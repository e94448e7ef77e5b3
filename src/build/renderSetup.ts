/**
 * What the workers need to lay out and draw a period's slides: the compiled template folder,
 * the deck's fonts cut down to the characters its slides can show (kept between builds: see
 * subsetCache.ts), and its emoji images. Made once per period; workers cache it by its key.
 */
import type { PreparedDeck } from '../plan/prepareDeck.ts';
import type { LoadedFont } from '../render/fonts.ts';
import type { FontData } from '../render/satori.ts';
import { emojiIn } from '../render/coverage.ts';
import { FontSubsetError, subsetFonts, withDecompositions } from '../render/subsetFont.ts';
import { UserError } from '../errors.ts';
import { trace } from '../trace.ts';
import { hashOf } from './hash.ts';
import { cachedSubsets } from './subsetCache.ts';
import type { StalePeriod } from './preparePeriod.ts';
import type { RenderSetup } from './tasks.ts';

const setups = new WeakMap<StalePeriod, RenderSetup>();

export function renderSetup(period: StalePeriod): RenderSetup {
  let setup = setups.get(period);
  if (setup === undefined) {
    trace('subsetting fonts');
    const fonts = fontsFor(period.prepared.fonts, period.prepared.namedAt, period.characters);
    trace('fonts subset');
    setup = {
      // The emoji too: two decks that differ by an emoji alone (ON💡, ON🎉) have the same font
      // subsets, and a worker drew the second with the first's images, without its emoji.
      key: hashOf(period.templateBundle, period.templatesDir, period.deck.theme, ...fonts.flatMap((f) => [f.family, String(f.weight), f.data]), ...Object.keys(period.prepared.emoji).sort()),
      templatesDir: period.templatesDir,
      theme: period.deck.theme,
      templateDir: period.templateDir,
      templateBundle: period.templateBundle,
      fonts,
      emoji: period.prepared.emoji,
    };
    setups.set(period, setup);
  }
  return setup;
}

/**
 * Widen a period's setup to what a slide drew and the setup lacked, when the fonts have it or the
 * emoji set an image of it: text a template's code makes rather than writes (a weekday from
 * toLocaleDateString, a circled number from String.fromCodePoint), which the fonts, cut to the
 * characters the deck and the template files write, left out. It was named as characters "none
 * of the fonts can draw". Whether anything was added: the setup is then made anew.
 */
export function widenSetup(period: StalePeriod, missing: readonly string[]): boolean {
  if (missing.length === 0) return false;
  const { fonts, emoji } = period.prepared;
  let widened = false;
  for (const [grapheme, image] of Object.entries(emojiIn(missing.join(' '), fonts))) {
    if (emoji[grapheme] !== undefined) continue;
    emoji[grapheme] = image;
    widened = true;
  }
  for (const character of missing.join('')) {
    const cp = character.codePointAt(0) ?? 0;
    if (period.characters.has(cp) || !fonts.some((font) => font.chars.has(cp))) continue;
    period.characters.add(cp);
    widened = true;
  }
  if (widened) setups.delete(period);
  return widened;
}

/** The fonts as workers get them: cut down to `characters` (and what those are drawn from). */
export function fontsFor(fonts: readonly LoadedFont[], namedAt: PreparedDeck['namedAt'], characters: ReadonlySet<number>): FontData[] {
  let subsets: Uint8Array[];
  const wanted = withDecompositions(characters);
  try {
    subsets = cachedSubsets(fonts, wanted, () => subsetFonts(fonts, wanted));
  } catch (error) {
    if (!(error instanceof FontSubsetError)) throw error;
    // At the line that names the font: the deck's fonts: list, or the theme.
    const font = fonts[error.index];
    const at = namedAt[error.index];
    if (font === undefined || at === undefined) throw error;
    throw new UserError([{ ...at, message: `the font file ${font.label} cannot be used: its letters cannot be read (the file is damaged, or of a kind cardnews cannot cut down)`, hint: 'Replace it with a working copy of the font, or take it out of the list of fonts.' }]);
  }
  return fonts.map((f, i) => ({ family: f.family, weight: f.weight, data: subsets[i] ?? f.data }));
}
