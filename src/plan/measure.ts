/**
 * Read satori's own layout of a slide and say whether everything fits: the body content inside
 * its frame, the title within its line budget, every word inside its text box, and all text
 * inside the safe area. Templates mark the boxes with `data-fit` (frame, content, title).
 */
import type { LaidOutNode } from '../render/satori.ts';

export interface FitReport {
  /** Height the body content needs, and the height its frame has (0 when the slide has no body). */
  bodyNeeded: number;
  bodyAvailable: number;
  titleLines: number;
  /** Text that sticks out of its box or the safe area (worst overshoot in px). Only meaningful once the body fits. */
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
const SLACK = 0.5;

export function measure(nodes: readonly LaidOutNode[], width: number, height: number, safeMargin: number, missing: readonly string[] = []): FitReport {
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
  const note = (px: number, text: string) => {
    if (px > SLACK && (worst === undefined || px > worst.px)) worst = { px, text };
  };
  // Nodes arrive parent first, so the last wrapping text box seen is the one a word belongs to.
  let box: LaidOutNode | undefined;
  for (const node of nodes) {
    if (node.linePx !== undefined) box = node;
    if (node.text === undefined || node.text.trim() === '') continue;
    note(safeMargin - node.left, node.text);
    note(safeMargin - node.top, node.text);
    note(node.left + node.width - (width - safeMargin), node.text);
    note(node.top + node.height - (height - safeMargin), node.text);
    if (box !== undefined && isInside(node, box)) note(node.left + node.width - (box.left + box.width), node.text);
  }
  if (worst !== undefined) report.overflow = worst;
  return report;
}

/** Whether a node starts inside a box (its end may stick out: that is what we look for). */
function isInside(node: LaidOutNode, box: LaidOutNode): boolean {
  return node.left >= box.left - SLACK && node.top >= box.top - SLACK && node.left <= box.left + box.width && node.top <= box.top + box.height;
}

export function bodyFits(report: FitReport): boolean {
  return report.bodyNeeded <= report.bodyAvailable + SLACK;
}
