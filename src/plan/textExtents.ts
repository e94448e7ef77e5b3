/**
 * Where satori drew text: the box of each text's outlines in its SVG, and where a transform
 * draws them (see measure.ts, which compares them with the boxes of the layout).
 */

export interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The outlines of one text, where its tag starts in the SVG, and where its `transform` draws them, when it has one. */
export interface TextRun extends Extent {
  at: number;
  drawn?: Extent;
}

/**
 * Where satori drew text: the bounding box of each text path in its SVG. Text paths are the
 * ones without an x attribute (shapes carry their box as x, y, width and height), and glyph
 * outlines use absolute coordinates, read in pairs. A scan by hand rather than regular
 * expressions: an SVG holds ~100 KB of outlines, and this ran on every layout (a tenth of it).
 */
export function textExtents(svg: string): TextRun[] {
  const extents: TextRun[] = [];
  for (let at = svg.indexOf('<path'); at >= 0; at = svg.indexOf('<path', at)) {
    const end = svg.indexOf('>', at);
    if (end < 0) break;
    const tag = { from: at + 5, to: end };
    const start = at;
    at = end + 1;
    if (svg.charCodeAt(end - 1) !== SLASH || attribute(svg, tag, 'x') !== undefined) continue;
    const d = attribute(svg, tag, 'd');
    const extent = d === undefined ? undefined : extentOf(svg, d.from, d.to);
    if (extent === undefined || d === undefined) continue;
    // Sought in the tag's other attributes only: scanning the SVG for an attribute most paths
    // lack would read to its end once a path.
    const matrix = matrixIn(svg.slice(tag.from, d.from - 3)) ?? matrixIn(svg.slice(d.to, tag.to));
    extents.push(matrix === undefined ? { ...extent, at: start } : { ...extent, at: start, drawn: transformed(extent, matrix) });
  }
  return extents;
}

/** satori writes every transform as one `matrix(a,b,c,d,e,f)`, with those of the boxes around composed in. */
function matrixIn(attributes: string): number[] | undefined {
  const values = /\stransform="matrix\(([^)]*)\)"/.exec(attributes)?.[1]?.split(/[\s,]+/).map(Number);
  return values?.length === 6 && values.every(Number.isFinite) ? values : undefined;
}

/** The box around a box's corners as `[a, b, c, d, e, f]` maps them (x' = ax + cy + e, y' = bx + dy + f). */
function transformed(box: Extent, [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0]: number[]): Extent {
  const corners = [[box.left, box.top], [box.right, box.top], [box.left, box.bottom], [box.right, box.bottom]] as const;
  const xs = corners.map(([x, y]) => a * x + c * y + e);
  const ys = corners.map(([x, y]) => b * x + d * y + f);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

const SLASH = 0x2f;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const E = 0x65;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** Where the value of attribute `name` is within a tag's text, if the tag has it. */
function attribute(svg: string, tag: { from: number; to: number }, name: string): { from: number; to: number } | undefined {
  const needle = `${name}="`;
  for (let at = svg.indexOf(needle, tag.from); at >= 0 && at < tag.to; at = svg.indexOf(needle, at + 1)) {
    if (!isSpace(svg.charCodeAt(at - 1))) continue;
    const from = at + needle.length;
    const to = svg.indexOf('"', from);
    return to > from && to < tag.to ? { from, to } : undefined;
  }
  return undefined;
}

/**
 * The box of the points in path data `svg[from, to)`. Each number: an optional minus, digits
 * with at most one point, an optional exponent. Digits add up to an integer that one division
 * scales: exact, and the same double as Number() gives, while the integer stays below 2^53 and
 * the scale a power of ten a double holds exactly (up to 10^22); anything else goes to Number().
 *
 * One loop with no calls in it, on purpose: builds run without V8's optimizing compiler (see
 * v8Flags.ts), and there each call per digit or per number costs; this is 40 % faster than the
 * same scan split into helpers.
 */
function extentOf(svg: string, from: number, to: number): Extent | undefined {
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  let x = 0;
  let haveX = false;
  let i = from;
  while (i < to) {
    const start = i;
    let c = svg.charCodeAt(i);
    const negative = c === MINUS;
    if (negative) c = svg.charCodeAt(++i);
    let mantissa = 0;
    let decimals = 0;
    let digits = 0;
    while (i < to && c >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO);
      digits++;
      c = svg.charCodeAt(++i);
    }
    const next = svg.charCodeAt(i + 1);
    if (c === DOT && i + 1 < to && next >= ZERO && next <= NINE) {
      c = svg.charCodeAt(++i);
      while (i < to && c >= ZERO && c <= NINE) {
        mantissa = mantissa * 10 + (c - ZERO);
        digits++;
        decimals++;
        c = svg.charCodeAt(++i);
      }
    }
    if (digits === 0) {
      i = start + 1;
      continue;
    }
    let exact = mantissa <= Number.MAX_SAFE_INTEGER && decimals <= 22;
    if (i < to && c === E) {
      const exponent = i;
      if (++i < to && svg.charCodeAt(i) === MINUS) i++;
      const expDigits = i;
      for (c = svg.charCodeAt(i); i < to && c >= ZERO && c <= NINE; c = svg.charCodeAt(++i));
      if (i === expDigits) i = exponent;
      else exact = false;
    }
    let value = exact ? mantissa / POWERS_OF_TEN[decimals]! : Number(svg.slice(start, i));
    if (negative && exact) value = -value;
    if (!haveX) {
      x = value;
      haveX = true;
      continue;
    }
    haveX = false;
    if (x < left) left = x;
    if (x > right) right = x;
    if (value < top) top = value;
    if (value > bottom) bottom = value;
  }
  return left <= right ? { left, right, top, bottom } : undefined;
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
