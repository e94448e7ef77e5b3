/**
 * Read satori's own layout of a slide and say whether everything fits: the body content inside
 * its frame, the title within its line budget, and all text inside the safe area. Templates mark
 * the boxes with `data-fit` (frame, content, title, section, bullet). Words never stick out of
 * their box sideways: a word longer than a line is broken (see Words.tsx).
 */
import { WORD_JOINER } from '../compose/words.ts';
import type { LaidOutNode } from '../render/satori.ts';

export interface FitReport {
  /** Height the body content needs, and the height its frame has (0 when the slide has no body). */
  bodyNeeded: number;
  bodyAvailable: number;
  titleLines: number;
  /** Text that sticks out of the safe area (worst overshoot in px). Only meaningful once the body fits. */
  overflow?: { px: number; text: string };
  /** Boxes of the body's sections and bullets, in order, when the template marks them. */
  blocks: Block[];
  /** Text satori had no glyph for (a character a template adds that no font has). */
  missing: string[];
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
    titleLines: title?.linePx ? Math.round(title.height / title.linePx) : 0,
    blocks: nodes.flatMap((n): Block[] => (n.fit === 'section' || n.fit === 'bullet' ? [{ kind: n.fit, top: n.top, height: n.height }] : [])),
    missing: [...new Set(missing)],
  };
  let worst: { px: number; text: string } | undefined;
  for (const node of nodes) {
    const text = node.text?.replaceAll(WORD_JOINER, '').trim();
    if (text === undefined || text === '') continue;
    const over = Math.max(safeMargin - node.left, safeMargin - node.top, node.left + node.width - (width - safeMargin), node.top + node.height - (height - safeMargin));
    if (over > SLACK && (worst === undefined || over > worst.px)) worst = { px: over, text };
  }
  // The boxes say where text should be; the glyphs say where it is. A line satori could not
  // break (a word wider than its box) runs past its box, and overflow: hidden would clip it.
  const texts = nodes.filter((n) => n.text !== undefined && n.text.trim() !== '');
  for (const glyphs of textExtents(svg)) {
    const midY = (glyphs.top + glyphs.bottom) / 2;
    const box = texts.filter((n) => n.top - SLACK <= midY && midY <= n.top + n.height + SLACK && n.left - GLYPH_SLACK <= glyphs.left).at(-1);
    if (box === undefined) continue;
    const over = Math.max(glyphs.right - (box.left + box.width), glyphs.bottom - (box.top + box.height)) - GLYPH_SLACK;
    const text = box.text?.replaceAll(WORD_JOINER, '').trim() ?? '';
    if (over > 0 && (worst === undefined || over > worst.px)) worst = { px: over, text };
  }
  if (worst !== undefined) report.overflow = worst;
  return report;
}

/** Glyph outlines may overshoot their advance a little (round letters, emoji-like symbols). */
const GLYPH_SLACK = 3;

/**
 * Where satori drew text: the bounding box of each text path in its SVG. Text paths are the
 * ones without an x attribute (shapes carry their box as x, y, width and height), and glyph
 * outlines use absolute coordinates.
 */
export function textExtents(svg: string): { left: number; right: number; top: number; bottom: number }[] {
  const extents = [];
  for (const match of svg.matchAll(/<path(?![^>]*\sx=")[^>]*\sd="([^"]+)"[^>]*\/>/g)) {
    const numbers = (match[1] ?? '').match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
    let left = Infinity;
    let right = -Infinity;
    let top = Infinity;
    let bottom = -Infinity;
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const x = Number(numbers[i]);
      const y = Number(numbers[i + 1]);
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
    if (left <= right) extents.push({ left, right, top, bottom });
  }
  return extents;
}

export function bodyFits(report: FitReport): boolean {
  return report.bodyNeeded <= report.bodyAvailable + SLACK;
}

/** Nothing wrong at all: the body fits, no text sticks out, every character has a glyph. */
export function fitsCleanly(report: FitReport): boolean {
  return bodyFits(report) && report.overflow === undefined && report.missing.length === 0;
}
