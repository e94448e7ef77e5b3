/**
 * Read satori's own layout of a slide and say whether everything fits: the body content inside
 * its frame, the title within its line budget, and all text inside the safe area. Templates mark
 * the boxes with `data-fit` (frame, content, title, section, bullet). A word wider than its line
 * is not broken (see Words.tsx): it sticks out of its box sideways, and is reported.
 */
import { asWritten } from '../compose/words.ts';
import type { SmallText } from '../render/layoutMarks.ts';
import type { LaidOutNode } from '../render/satori.ts';
import { coverOf, coveringsIn, unpainted, type Cover } from './coverings.ts';
import { textExtents, type Extent } from './textExtents.ts';

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
   * Texts that stick out of the safe area or their box, each once (by its worst overshoot in
   * px), sideways (a word wider than its line) or downwards (more lines than there is room
   * for), in the order of the slide. Only meaningful once the body fits.
   */
  overflows?: Overflow[];
  /** Boxes of the body's sections and bullets, in order, when the template marks them. */
  blocks: Block[];
  /** Text satori had no glyph for (a character a template adds that no font has). */
  missing: string[];
  /** Text in a box of no size (display: 'none', a height of 0): laid out, and not shown. */
  hidden?: string[];
  /** Text a style makes invisible, with that style as written (`opacity: 0`): laid out, and not shown. */
  invisible?: [string, string][];
  /** Text a picture or a box of one colour is painted over, all of it (see coverings.ts), with what covers it. */
  covered?: [string, Cover][];
  /** Text of the body drawn smaller than body text may shrink to (see SMALL_TEXT). */
  small?: [string, SmallText][];
  /** A point the slide leaves unpainted, transparent in its image (see unpainted in coverings.ts). */
  bare?: { x: number; y: number };
}

export interface Overflow {
  px: number;
  text: string;
  sideways: boolean;
  /** Past the safe area (the theme's safeMargin from the slide's edges), not past its own box. */
  edge?: true;
  /** Its box is wholly off the slide, where the template placed it (`left: 1300`): not a text too long. */
  offSlide?: true;
  /** Text the template keeps on one line: the `whiteSpace` that does ('nowrap'); it cannot wrap to fit. */
  oneLine?: string;
  /**
   * Text that fits its box, drawn past a clip (`clipped`) or into the safe area by this
   * transform of the template's.
   */
  moved?: { transform: string; clipped: boolean };
  /**
   * Cut off at the bottom by a box of the template's that hides what runs past it (overflow:
   * 'hidden', a height or maxHeight): that box's height. The body's frame is no such box.
   */
  clipPx?: number;
  /**
   * Its lines run below its own box, which the template made too low for them (a height or
   * maxHeight: satori sizes a free box to its lines): that box's height.
   */
  lowBoxPx?: number;
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
  // Every text that sticks out, at its worst: a slide's two over-long bullets were named one a build.
  const worst = new Map<string, Overflow>();
  // `box`: the template's box it runs out of downwards, when that one is too small for it.
  const consider = (across: number, down: number, node: LaidOutNode, slack: number, how: { edge?: boolean; offSlide?: boolean; moved?: Overflow['moved']; box?: Pick<Overflow, 'clipPx' | 'lowBoxPx'> } = {}) => {
    const px = Math.max(across, down) - slack;
    const text = asWritten(node.text ?? '');
    const { edge = false, offSlide = false, moved, box } = how;
    if (px > 0 && px > (worst.get(text)?.px ?? 0)) worst.set(text, { px, text, sideways: across >= down, ...(edge ? { edge: true as const } : {}), ...(offSlide ? { offSlide: true as const } : {}), ...(node.oneLine !== undefined ? { oneLine: node.oneLine } : {}), ...(moved !== undefined ? { moved } : {}), ...(box !== undefined && down > across ? box : {}) });
  };
  const safeArea: Extent = { left: safeMargin, top: safeMargin, right: width - safeMargin, bottom: height - safeMargin };
  const pastSafeArea = (box: Extent, node: LaidOutNode, slack: number, moved?: Overflow['moved']) => {
    const { across, down } = outside(box, safeArea);
    // Wholly on the slide, only nearer its edge than the safe area: placed there (a footer in
    // the margin), not pushed out by text that does not fit.
    const onSlide = box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
    const offSlide = box.left >= width || box.top >= height || box.right <= 0 || box.bottom <= 0;
    consider(across, down, node, slack, { edge: onSlide, offSlide, moved });
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
      const { across, down } = outside(glyphs, extentOfBox(outer));
      consider(across, down, named, GLYPH_SLACK);
    }
    pastSafeArea(glyphs, named, GLYPH_SLACK);
  };
  const hidden = new Set<string>();
  const invisible = new Map<string, string>();
  const covered = new Map<string, Cover>();
  const small = new Map<string, SmallText>();
  for (const node of nodes) {
    const text = node.text === undefined ? undefined : asWritten(node.text);
    if (text === undefined || text === '') continue;
    if (node.invisible !== undefined) invisible.set(text, node.invisible);
    if (node.small !== undefined) small.set(text, node.small);
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
        const { across, down } = outside(extentOfBox(node), extentOfBox(clip));
        consider(across, down, node, SLACK, clip.fit === 'frame' ? {} : { box: { clipPx: clip.height } });
      }
    }
    const coverings = coveringsIn(svg);
    const bare = unpainted(coverings, width, height);
    if (bare !== undefined) report.bare = bare;
    for (const glyphs of textExtents(svg)) {
      const midY = (glyphs.top + glyphs.bottom) / 2;
      // A box holds the run that starts within its width: the marker beside a text shares its
      // top, and a text's outline, cut short by a box below its first line, was blamed on it.
      const holding = (y: number) => texts.filter((n) => startsIn(n, glyphs.left, y));
      // A text's lines are one outline, and its first line is in its box: lines past the bottom
      // of a box too low for them (a title given a fixed height) put the outline's middle below
      // it, in the box of the text drawn there. A top above its box is a glyph's overshoot.
      const [byTop, byMiddle] = [holding(glyphs.top), holding(midY)];
      const box = byTop.filter((n) => byMiddle.includes(n)).at(-1) ?? byTop.at(-1) ?? byMiddle.at(-1);
      // A text beside elements (see INLINE_TEXT) has no box of its own: a run that no text box
      // holds is its, and so is one taller than the text box it starts with (a <b> before it,
      // under which its lines wrapped: "문의" was said to stick out by 779 px).
      const holder = inline.filter((n) => startsIn(n, glyphs.left, glyphs.top)).at(-1);
      if (holder !== undefined && (box === undefined || (encloses(holder, box) && glyphs.bottom - glyphs.top > box.height + GLYPH_SLACK))) {
        besideElements(glyphs, holder);
        continue;
      }
      if (box === undefined) continue;
      const cover = glyphs.drawn === undefined ? coverOf(glyphs, coverings, GLYPH_SLACK) : undefined;
      if (cover !== undefined) covered.set(asWritten(box.text ?? ''), cover);
      consider(glyphs.right - (box.left + box.width), glyphs.bottom - (box.top + box.height), box, GLYPH_SLACK, { box: { lowBoxPx: box.height } });
      // Where a transform draws it: boxes are laid out untransformed, so only the glyphs tell
      // that a scaled or moved text runs past a clip (one the transform does not move too) or
      // off the slide.
      const { drawn } = glyphs;
      if (drawn === undefined || box.moved === undefined) continue;
      const { transform } = box.moved;
      for (const id of box.moved.within) {
        const clip = clips.get(id);
        if (clip === undefined || clip.moved !== undefined) continue;
        const { across, down } = outside(drawn, extentOfBox(clip));
        consider(across, down, box, GLYPH_SLACK, { moved: { transform, clipped: true } });
      }
      pastSafeArea(drawn, box, GLYPH_SLACK, { transform, clipped: false });
    }
  }
  if (worst.size > 0) report.overflows = [...worst.values()];
  if (hidden.size > 0) report.hidden = [...hidden];
  if (invisible.size > 0) report.invisible = [...invisible];
  if (covered.size > 0) report.covered = [...covered];
  if (small.size > 0) report.small = [...small];
  return report;
}

/** Glyph outlines may overshoot their advance a little (round letters, emoji-like symbols). */
const GLYPH_SLACK = 3;

/** Whether `inner` lies within `outer`, give or take a few pixels (an inline <b> sits a little above its line). */
function encloses(outer: LaidOutNode, inner: LaidOutNode): boolean {
  const near = GLYPH_SLACK;
  return inner.left >= outer.left - near && inner.top >= outer.top - near && inner.left + inner.width <= outer.left + outer.width + near && inner.top + inner.height <= outer.top + outer.height + near;
}

/** Whether a run of glyphs that starts at (x, y) starts in the box of `node`: within its height, and its width, give or take an outline's overshoot to the left. */
function startsIn(node: LaidOutNode, x: number, y: number): boolean {
  return node.top - SLACK <= y && y <= node.top + node.height + SLACK && node.left - GLYPH_SLACK <= x && x < node.left + node.width;
}

/** How far `inner` reaches past `outer`, sideways and downwards (either way; negative when inside). */
function outside(inner: Extent, outer: Extent): { across: number; down: number } {
  return { across: Math.max(outer.left - inner.left, inner.right - outer.right), down: Math.max(outer.top - inner.top, inner.bottom - outer.bottom) };
}

function extentOfBox(node: LaidOutNode): Extent {
  return { left: node.left, right: node.left + node.width, top: node.top, bottom: node.top + node.height };
}

export function bodyFits(report: FitReport): boolean {
  return report.bodyNeeded <= report.bodyAvailable + SLACK;
}

/** Nothing wrong at all: the body fits, no text sticks out or is hidden (or made invisible, painted over or drawn too small: the deck's would be a mistake), every character has a glyph. */
export function fitsCleanly(report: FitReport): boolean {
  return bodyFits(report) && report.overflows === undefined && report.missing.length === 0 && report.hidden === undefined && report.invisible === undefined && report.covered === undefined && report.small === undefined && report.bare === undefined;
}
