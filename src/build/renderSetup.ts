/**
 * What the workers need to lay out and draw a period's slides: the compiled template folder,
 * the deck's fonts cut down to the characters its slides can show, and its emoji images. Made
 * once per period, since subsetting the fonts takes a while; workers cache it by its key.
 */
import type { LoadedFont } from '../render/fonts.ts';
import type { FontData } from '../render/satori.ts';
import { FontSubsetError, subsetFonts } from '../render/subsetFont.ts';
import { UserError } from '../errors.ts';
import { displayPath } from '../paths.ts';
import { trace } from '../trace.ts';
import { hashOf } from './hash.ts';
import type { StalePeriod } from './preparePeriod.ts';
import type { RenderSetup } from './tasks.ts';

const setups = new WeakMap<StalePeriod, RenderSetup>();

export function renderSetup(period: StalePeriod): RenderSetup {
  let setup = setups.get(period);
  if (setup === undefined) {
    trace('subsetting fonts');
    const fonts = subsetFor(period.prepared.fonts, period.characters);
    trace('fonts subset');
    setup = {
      key: hashOf(period.templateBundle, period.templatesDir, period.deck.theme, ...fonts.flatMap((f) => [f.family, String(f.weight), f.data])),
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

function subsetFor(fonts: readonly LoadedFont[], characters: ReadonlySet<number>): FontData[] {
  let subsets: Uint8Array[];
  try {
    subsets = subsetFonts(fonts.map((f) => f.data), characters);
  } catch (error) {
    const font = error instanceof FontSubsetError ? fonts[error.index] : undefined;
    if (font === undefined) throw error;
    throw new UserError([{ place: { file: displayPath(font.path), line: 0, col: 0 }, message: 'HarfBuzz cannot read the glyphs of this font: the file is damaged, or of a kind it cannot cut down', hint: 'Replace it with a working copy of the font, or take it out of the deck\'s (or the theme\'s) fonts.' }]);
  }
  return fonts.map((f, i) => ({ family: f.family, weight: f.weight, data: subsets[i] ?? f.data }));
}
