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
  for (const node of nodes) {
    const text = node.text?.replaceAll(WORD_JOINER, '').trim();
    if (text === undefined || text === '') continue;
    const over = Math.max(safeMargin - node.left, safeMargin - node.top, node.left + node.width - (width - safeMargin), node.top + node.height - (height - safeMargin));
    if (over > SLACK && (worst === undefined || over > worst.px)) worst = { px: over, text };
  }
  if (worst !== undefined) report.overflow = worst;
  return report;
}

export function bodyFits(report: FitReport): boolean {
  return report.bodyNeeded <= report.bodyAvailable + SLACK;
}
