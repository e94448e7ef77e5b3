/**
 * How far a text's colour, or an emoji's colours, stand out from the colour behind it, by WCAG's
 * contrast ratio (1:1 for the same colour, 21:1 for black on white). Only for colours that are
 * solid and written so that their channels can be read: #hex, rgb(), white, black; any other (a
 * gradient, a colour that lets what is behind it through) has no ratio here.
 */
import type { CheckedTree } from './checkedTree.ts';
import { splitGraphemes } from './emoji.ts';

type Rgb = [number, number, number];

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/i;

/** The channels (0–255) of a solid colour, or undefined. */
export function solidRgb(value: string): Rgb | undefined {
  const written = value.trim().toLowerCase();
  if (written === 'white') return [255, 255, 255];
  if (written === 'black') return [0, 0, 0];
  const hex = HEX.exec(written)?.[1];
  if (hex !== undefined) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    if (full.length === 8 && full.slice(6) !== 'ff') return undefined;
    return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as Rgb;
  }
  const rgb = RGB.exec(written);
  if (rgb === null) return undefined;
  const alpha = rgb[4];
  if (alpha !== undefined && (alpha.endsWith('%') ? parseFloat(alpha) < 100 : parseFloat(alpha) < 1)) return undefined;
  return [rgb[1], rgb[2], rgb[3]].map(Number) as Rgb;
}

/** A colour that paints nothing: `transparent`, or one whose alpha is 0 (#1F4FA800, rgba(…, 0)). */
export function clearColour(value: string): boolean {
  const written = value.trim().toLowerCase();
  if (written === 'transparent') return true;
  const hex = HEX.exec(written)?.[1];
  if (hex !== undefined) return hex.length === 4 ? hex[3] === '0' : hex.length === 8 && hex.slice(6) === '00';
  const args = /^(?:rgba?|hsla?)\((.*)\)$/.exec(written)?.[1];
  if (args === undefined) return false;
  // The alpha: after a slash (rgb(0 0 0 / 0)), or the fourth of commas (rgba(0, 0, 0, 0)).
  const alpha = args.includes('/') ? args.split('/')[1] : args.split(',')[3];
  return alpha !== undefined && /\d/.test(alpha) && /^\s*0*(?:\.0*)?%?\s*$/.test(alpha);
}

/** WCAG's relative luminance of a colour. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours as written, or undefined when either is not solid. */
export function contrastOf(ink: string, behind: string): number | undefined {
  const [a, b] = [solidRgb(ink), solidRgb(behind)];
  if (a === undefined || b === undefined) return undefined;
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour an element paints behind what it holds, as written: its backgroundColor, or a
 * `background` that is one colour; null for a background that is no one colour (a gradient, a
 * picture); undefined when it paints none. `resolve`: its var()s replaced.
 */
export function paintedBehind(style: Record<string, unknown>, resolve: (value: string) => string): string | null | undefined {
  const { backgroundImage, background, backgroundColor } = style;
  if (typeof backgroundImage === 'string' && backgroundImage !== 'none') return null;
  if (typeof background === 'string') return solidRgb(resolve(background)) !== undefined ? resolve(background) : null;
  if (typeof backgroundColor !== 'string') return undefined;
  const colour = resolve(backgroundColor);
  return colour === 'transparent' ? undefined : solidRgb(colour) !== undefined ? colour : null;
}

const emojiColours = new Map<string, string[]>();

/**
 * How far an emoji image (a data: URL of Twemoji's SVG) stands out from a colour: the most of
 * its colours against it, since one part that stands out shows the emoji (a penguin's white on
 * black). Undefined when the background or the emoji's colours cannot be read.
 */
export function emojiContrast(image: string, behind: string): { colours: string[]; ratio: number } | undefined {
  let colours = emojiColours.get(image);
  if (colours === undefined) {
    const svg = image.startsWith('data:image/svg+xml;base64,') ? Buffer.from(image.slice(image.indexOf(',') + 1), 'base64').toString('utf8') : '';
    colours = [...new Set(Array.from(svg.matchAll(/fill="(#[0-9a-fA-F]{3,8})"/g), (match) => (match[1] ?? '').toUpperCase()))];
    emojiColours.set(image, colours);
  }
  const ratios = colours.map((colour) => contrastOf(colour, behind)).filter((ratio): ratio is number => ratio !== undefined);
  return ratios.length === 0 ? undefined : { colours, ratio: Math.max(...ratios) };
}

/** What every emoji has: a pictograph, a flag's letters or a keycap's mark. */
const MAY_HOLD_EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

/** A contrast below which text is taken not to show: white on #EEEEEE is 1.16:1, on #CCCCCC 1.6:1. */
const FAINT = 1.5;

/**
 * What a slide draws on nearly its own colour, judged text by text as the element tree is
 * walked: text in its colour, an emoji in its own colours (the image satori draws for it,
 * from `emoji`, by grapheme). Each pair of colours, and each emoji on each background, once.
 */
export function contrastJudge(emoji: Readonly<Record<string, string>>): {
  judge(text: string, ink: string, behind: string): void;
  found(): Pick<CheckedTree, 'faint' | 'faintEmoji'>;
} {
  const faint = new Map<string, NonNullable<CheckedTree['faint']>[number]>();
  const faintEmoji = new Map<string, NonNullable<CheckedTree['faintEmoji']>[number]>();
  // Judged on every text of every layout: a pair of colours once, and graphemes sought only in
  // a text that may hold an emoji.
  const ratios = new Map<string, number | undefined>();
  return {
    judge(text, ink, behind) {
      const graphemes = MAY_HOLD_EMOJI.test(text) ? splitGraphemes(text) : undefined;
      const drawnAsText = graphemes === undefined ? text.trim() !== '' : graphemes.some((grapheme) => emoji[grapheme] === undefined && grapheme.trim() !== '');
      const pair = `${ink}\0${behind}`;
      if (drawnAsText && !ratios.has(pair)) ratios.set(pair, contrastOf(ink, behind));
      const ratio = drawnAsText ? ratios.get(pair) : undefined;
      if (ratio !== undefined && ratio < FAINT) faint.set(pair, { ink, behind, ratio });
      for (const grapheme of graphemes ?? []) {
        const image = emoji[grapheme];
        const judged = image === undefined ? undefined : emojiContrast(image, behind);
        if (judged !== undefined && judged.ratio < FAINT) faintEmoji.set(`${grapheme}\0${behind}`, { emoji: grapheme, colours: judged.colours, behind, ratio: judged.ratio });
      }
    },
    found: () => ({ ...(faint.size > 0 ? { faint: [...faint.values()] } : {}), ...(faintEmoji.size > 0 ? { faintEmoji: [...faintEmoji.values()] } : {}) }),
  };
}
