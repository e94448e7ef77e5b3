/**
 * How far a text's colour stands out from the colour behind it, by WCAG's contrast ratio (1:1
 * for the same colour, 21:1 for black on white). Only for colours that are solid and written so
 * that their channels can be read: #hex, rgb(), white, black; any other (a gradient, a colour
 * that lets what is behind it through) has no ratio here.
 */
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
