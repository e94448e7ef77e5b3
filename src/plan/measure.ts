/**
 * Read satori's own layout of a slide and say whether everything fits: the body content inside
 * its frame, the title within its line budget, and all text inside the safe area. Templates mark
 * the boxes with `data-fit` (frame, content, title, section, bullet). Words never stick out of
 * their box sideways: a word longer than a line is broken (see Words.tsx).
 */
import { asWritten } from '../compose/words.ts';
import type { LaidOutNode } from '../render/satori.ts';

export interface FitReport {
  /** Height the body content needs, and the height its frame has (0 when the slide has no body). */
  bodyNeeded: number;
  bodyAvailable: number;
  /** False when the template marks no `frame` and `content` boxes: then nothing says whether the body fits. */
  bodyMarked?: boolean;
  /** Which of the two marks the slide lacks, when it lacks one. */
  missingMarks?: ('frame' | 'content')[];
  /** How far below the top of its frame the body starts (0 unless the template centres it, say). */
  bodyOffset?: number;
  titleLines: number;
  /**
   * Text that sticks out of the safe area or its box (worst overshoot in px), sideways (a word
   * wider than its line) or downwards (more lines than there is room for). Only meaningful once
   * the body fits.
   */
  overflow?: Overflow;
  /** Boxes of the body's sections and bullets, in order, when the template marks them. */
  blocks: Block[];
  /** Text satori had no glyph for (a character a template adds that no font has). */
  missing: string[];
  /** Text in a box of no size (display: 'none', a height of 0): laid out, and not shown. */
  hidden?: string[];
}

export interface Overflow {
  px: number;
  text: string;
  sideways: boolean;
  /** Past the safe area (the theme's safeMargin from the slide's edges), not past its own box. */
  edge?: true;
  /** Text the template keeps on one line: the `whiteSpace` that does ('nowrap'); it cannot wrap to fit. */
  oneLine?: string;
  /**
   * Text that fits its box, drawn past a clip (`clipped`) or into the safe area by this
   * transform of the template's.
   */
  moved?: { transform: string; clipped: boolean };
}

export interface Block {
  kind: 'section' | 'bullet';
  top: number;
  height: number;
}

/** Sub-pixel slack: layout rounds, a fit is a fit. */
export const SLACK = 0.5;

export function measure(nodes: readonly LaidOutNode[], width: number, height: number, safeMargin: number, missing: readonly string[] = [], svg = ''): FitReport {
  const frame = nodes.find((n) => n.fit === 'frame');
  const content = nodes.find((n) => n.fit === 'content');
  const title = nodes.find((n) => n.fit === 'title');
  const report: FitReport = {
    bodyNeeded: content?.height ?? 0,
    bodyAvailable: frame?.height ?? 0,
    bodyMarked: frame !== undefined && content !== undefined,
    ...(frame !== undefined && content !== undefined ? { bodyOffset: content.top - frame.top } : {}),
    ...(frame === undefined || content === undefined ? { missingMarks: [...(frame === undefined ? ['frame' as const] : []), ...(content === undefined ? ['content' as const] : [])] } : {}),
    titleLines: title?.linePx ? Math.round(title.height / title.linePx) : 0,
    blocks: nodes.flatMap((n): Block[] => (n.fit === 'section' || n.fit === 'bullet' ? [{ kind: n.fit, top: n.top, height: n.height }] : [])),
    missing: [...new Set(missing)],
  };
  let worst: Overflow | undefined;
  const consider = (across: number, down: number, node: LaidOutNode, slack: number, edge = false, moved?: Overflow['moved']) => {
    const px = Math.max(across, down) - slack;
    if (px > 0 && (worst === undefined || px > worst.px)) worst = { px, text: asWritten(node.text ?? ''), sideways: across >= down, ...(edge ? { edge: true as const } : {}), ...(node.oneLine !== undefined ? { oneLine: node.oneLine } : {}), ...(moved !== undefined ? { moved } : {}) };
  };
  const pastSafeArea = (box: Extent, node: LaidOutNode, slack: number, moved?: Overflow['moved']) => {
    const across = Math.max(safeMargin - box.left, box.right - (width - safeMargin));
    const down = Math.max(safeMargin - box.top, box.bottom - (height - safeMargin));
    // Wholly on the slide, only nearer its edge than the safe area: placed there (a footer in
    // the margin), not pushed out by text that does not fit.
    const onSlide = box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
    consider(across, down, node, slack, onSlide, moved);
  };
  // A box with overflow: hidden cuts off the text it holds that runs past it: it would be
  // drawn without its last line, or without any (a card of fixed height, too many lines).
  const clips = new Map(nodes.flatMap((n) => (n.clip === undefined ? [] : [[n.clip, n] as const])));
  const inline = nodes.filter((n) => n.inlineText !== undefined && n.width > 0 && n.height > 0);
  // A text beside elements, bound by the element that holds it and the boxes around it that cut
  // off what they hold.
  const besideElements = (glyphs: Extent, holder: LaidOutNode) => {
    const named = { ...holder, text: holder.inlineText ?? '' };
    for (const outer of [holder, ...(holder.clippedBy ?? []).flatMap((id) => clips.get(id) ?? [])]) {
      consider(glyphs.right - (outer.left + outer.width), glyphs.bottom - (outer.top + outer.height), named, GLYPH_SLACK);
      consider(outer.left - glyphs.left, outer.top - glyphs.top, named, GLYPH_SLACK);
    }
    pastSafeArea(glyphs, named, GLYPH_SLACK);
  };
  const hidden = new Set<string>();
  for (const node of nodes) {
    const text = node.text === undefined ? undefined : asWritten(node.text);
    if (text === undefined || text === '') continue;
    // Nowhere on the slide, so neither near its edges nor out of its box.
    if (node.width <= 0 || node.height <= 0) {
      hidden.add(text);
      continue;
    }
    // A transformed box is not where satori laid it out: its glyphs, below, say where it is.
    if (node.moved === undefined) pastSafeArea(extentOfBox(node), node, SLACK);
  }
  // The boxes say where text should be; the glyphs say where it is. A line satori could not
  // break (a word wider than its box) runs past its box, and overflow: hidden would clip it.
  // Only worth reading once the body fits: a layout that does not is only planned from.
  if (bodyFits(report)) {
    const texts = nodes.filter((n) => n.text !== undefined && n.text.trim() !== '' && n.width > 0 && n.height > 0);
    for (const node of texts) {
      for (const id of node.clippedBy ?? []) {
        const clip = clips.get(id);
        // …nor, within a clip it moves in, where the clip sees it.
        if (clip === undefined || node.moved?.within.includes(id) === true) continue;
        const across = Math.max(clip.left - node.left, node.left + node.width - (clip.left + clip.width));
        const down = Math.max(clip.top - node.top, node.top + node.height - (clip.top + clip.height));
        consider(across, down, node, SLACK);
      }
    }
    for (const glyphs of textExtents(svg)) {
      const midY = (glyphs.top + glyphs.bottom) / 2;
      // A box holds the run that starts within its width: the marker beside a text shares its
      // top, and a text's outline, cut short by a box below its first line, was blamed on it.
      const holding = (y: number) => texts.filter((n) => n.top - SLACK <= y && y <= n.top + n.height + SLACK && n.left - GLYPH_SLACK <= glyphs.left && glyphs.left < n.left + n.width);
      // A text's lines are one outline, and its first line is in its box: lines past the bottom
      // of a box too low for them (a title given a fixed height) put the outline's middle below
      // it, in the box of the text drawn there. A top above its box is a glyph's overshoot.
      const [byTop, byMiddle] = [holding(glyphs.top), holding(midY)];
      const box = byTop.filter((n) => byMiddle.includes(n)).at(-1) ?? byTop.at(-1) ?? byMiddle.at(-1);
      // A text beside elements (see INLINE_TEXT) has no box of its own: a run that no text box
      // holds is its, and so is one taller than the text box it starts with (a <b> before it,
      // under which its lines wrapped: "문의" was said to stick out by 779 px).
      const holder = inline.filter((n) => n.top - SLACK <= glyphs.top && glyphs.top <= n.top + n.height + SLACK && n.left - GLYPH_SLACK <= glyphs.left && glyphs.left < n.left + n.width).at(-1);
      if (holder !== undefined && (box === undefined || (encloses(holder, box) && glyphs.bottom - glyphs.top > box.height + GLYPH_SLACK))) {
        besideElements(glyphs, holder);
        continue;
      }
      if (box === undefined) continue;
      consider(glyphs.right - (box.left + box.width), glyphs.bottom - (box.top + box.height), box, GLYPH_SLACK);
      // Where a transform draws it: boxes are laid out untransformed, so only the glyphs tell
      // that a scaled or moved text runs past a clip (one the transform does not move too) or
      // off the slide.
      const { drawn } = glyphs;
      if (drawn === undefined || box.moved === undefined) continue;
      const { transform } = box.moved;
      for (const id of box.moved.within) {
        const clip = clips.get(id);
        if (clip === undefined || clip.moved !== undefined) continue;
        const outer = extentOfBox(clip);
        consider(Math.max(outer.left - drawn.left, drawn.right - outer.right), Math.max(outer.top - drawn.top, drawn.bottom - outer.bottom), box, GLYPH_SLACK, false, { transform, clipped: true });
      }
      pastSafeArea(drawn, box, GLYPH_SLACK, { transform, clipped: false });
    }
  }
  if (worst !== undefined) report.overflow = worst;
  if (hidden.size > 0) report.hidden = [...hidden];
  return report;
}

/** Glyph outlines may overshoot their advance a little (round letters, emoji-like symbols). */
const GLYPH_SLACK = 3;

interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The outlines of one text, and where its `transform` draws them, when it has one. */
interface TextRun extends Extent {
  drawn?: Extent;
}

/** Whether `inner` lies within `outer`, give or take a few pixels (an inline <b> sits a little above its line). */
function encloses(outer: LaidOutNode, inner: LaidOutNode): boolean {
  const near = GLYPH_SLACK;
  return inner.left >= outer.left - near && inner.top >= outer.top - near && inner.left + inner.width <= outer.left + outer.width + near && inner.top + inner.height <= outer.top + outer.height + near;
}

function extentOfBox(node: LaidOutNode): Extent {
  return { left: node.left, right: node.left + node.width, top: node.top, bottom: node.top + node.height };
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
    at = end + 1;
    if (svg.charCodeAt(end - 1) !== SLASH || attribute(svg, tag, 'x') !== undefined) continue;
    const d = attribute(svg, tag, 'd');
    const extent = d === undefined ? undefined : extentOf(svg, d.from, d.to);
    if (extent === undefined || d === undefined) continue;
    // Sought in the tag's other attributes only: scanning the SVG for an attribute most paths
    // lack would read to its end once a path.
    const matrix = matrixIn(svg.slice(tag.from, d.from - 3)) ?? matrixIn(svg.slice(d.to, tag.to));
    extents.push(matrix === undefined ? extent : { ...extent, drawn: transformed(extent, matrix) });
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

export function bodyFits(report: FitReport): boolean {
  return report.bodyNeeded <= report.bodyAvailable + SLACK;
}

/** Nothing wrong at all: the body fits, no text sticks out or is hidden, every character has a glyph. */
export function fitsCleanly(report: FitReport): boolean {
  return bodyFits(report) && report.overflow === undefined && report.missing.length === 0 && report.hidden === undefined;
}
