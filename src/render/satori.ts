/**
 * One slide element → SVG with satori, reporting every laid-out node (for fitting checks) and
 * any text satori could not draw with the given fonts and emoji images.
 */
import type { ReactNode } from 'react';
import satori, { type SatoriNode } from 'satori';
import type { FontSpec } from '../compose/templateTypes.ts';
import { isInvisible, splitGraphemes } from './emoji.ts';
import { collectingWarnings } from './satoriWarnings.ts';
import { CLIP, CLIPPED_BY, INLINE_TEXT, INVISIBLE, MOVED_WITHIN, ONE_LINE, SMALL_TEXT, TRANSFORM, type SmallText } from './layoutMarks.ts';

/** Font bytes as satori takes them: the whole file or a subset (see subsetFont.ts). */
export interface FontData {
  family: string;
  weight: FontSpec['weight'];
  data: Uint8Array;
}

export interface RenderContext {
  width: number;
  height: number;
  /** The same array object every call: satori caches parsed fonts per array. */
  satoriFonts: Parameters<typeof satori>[1]['fonts'];
  emoji: Record<string, string>;
}

export interface LaidOutNode {
  left: number;
  top: number;
  width: number;
  height: number;
  type: string;
  fit?: string;
  linePx?: number;
  /** This box cuts off what it holds (overflow: hidden): its id, see templateTree.ts. */
  clip?: string;
  /** The ids of the boxes around this one that cut off what they hold. */
  clippedBy?: string[];
  /** The template keeps its text on one line: the `whiteSpace` that does ('nowrap', 'pre'). */
  oneLine?: string;
  /** Drawn transformed (see layoutMarks.ts): the transform, and the clips it moves the box within. */
  moved?: { transform: string; within: string[] };
  text?: string;
  /** The longest text it holds beside elements, which satori reports no box of (see layoutMarks.ts). */
  inlineText?: string;
  /** The style that makes it invisible (`opacity: 0`), as written. */
  invisible?: string;
  /** Text of the slide's body drawn smaller than body text may be. */
  small?: SmallText;
}

export interface SvgResult {
  svg: string;
  nodes: LaidOutNode[];
  /** Text satori found no font or image for: a character only a template draws. */
  unresolved: string[];
  /** satori's words about each style it did not draw as written, as it said them. */
  refused: string[];
}

export function makeRenderContext(width: number, height: number, fonts: readonly FontData[], emoji: Record<string, string>): RenderContext {
  return {
    width,
    height,
    satoriFonts: fonts.map((f) => ({ name: f.family, data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength), weight: f.weight, style: 'normal' as const })),
    emoji,
  };
}

export async function renderSvg(element: ReactNode, ctx: RenderContext, height: number = ctx.height): Promise<SvgResult> {
  const nodes: LaidOutNode[] = [];
  const unresolved: string[] = [];
  const refused: string[] = [];
  const refuse = (message: string) => {
    if (!refused.includes(message)) refused.push(message);
  };
  // A refused style is reported to onStyleError, and satori goes on without it; without that
  // option, some refusals threw (the first of a slide was all a build could name) and others
  // were only printed.
  const svg = await collectingWarnings(refuse, () => satori(element, {
    width: ctx.width,
    height,
    fonts: ctx.satoriFonts,
    graphemeImages: ctx.emoji,
    onNodeDetected: (node: SatoriNode) => nodes.push(toLaidOut(node)),
    loadAdditionalAsset: async (_code: string, segment: string) => {
      // satori asks about emoji too, though it then draws them from graphemeImages.
      for (const grapheme of splitGraphemes(segment)) if (ctx.emoji[grapheme] === undefined && !isInvisible(grapheme)) unresolved.push(grapheme);
      return [];
    },
    onStyleError: (error: Error) => refuse(error.message),
  }));
  return { svg, nodes, unresolved, refused };
}

function toLaidOut(node: SatoriNode): LaidOutNode {
  const props = node.props as Record<string, unknown>;
  const out: LaidOutNode = { left: node.left, top: node.top, width: node.width, height: node.height, type: node.type };
  if (typeof props['data-fit'] === 'string') out.fit = props['data-fit'];
  if (typeof props['data-line-px'] === 'number') out.linePx = props['data-line-px'];
  if (typeof props[CLIP] === 'string') out.clip = props[CLIP];
  if (typeof props[CLIPPED_BY] === 'string') out.clippedBy = props[CLIPPED_BY].split(' ');
  if (typeof props[ONE_LINE] === 'string') out.oneLine = props[ONE_LINE];
  const [transform, within] = [props[TRANSFORM], props[MOVED_WITHIN]];
  if (typeof transform === 'string' && typeof within === 'string') out.moved = { transform, within: within.split(' ').filter((id) => id !== '') };
  if (typeof node.textContent === 'string') out.text = node.textContent;
  if (typeof props[INLINE_TEXT] === 'string') out.inlineText = props[INLINE_TEXT];
  if (typeof props[INVISIBLE] === 'string') out.invisible = props[INVISIBLE];
  if (typeof props[SMALL_TEXT] === 'string') out.small = JSON.parse(props[SMALL_TEXT]) as SmallText;
  return out;
}
