/**
 * What satori paints over text after it: a picture, or a box of one solid colour, drawn later in
 * its SVG. Like a browser, satori draws boxes with a `position` after those without, so a photo
 * made the slide's background with `position: 'absolute'` is painted over every text beside it,
 * and the slide came out as the photo alone, without a word. Read from the SVG, where the order
 * is the order of painting: only what surely hides what it covers counts (no colour that lets
 * through, no transform, no picture that may have holes), cut to the masks and clips around it.
 */
import { solidRgb } from '../render/contrast.ts';
import { tagEnd } from '../svgTag.ts';
import type { Extent } from './textExtents.ts';

export type Cover = 'picture' | 'box';

/** A box, and the radii of its rounded corners (the largest of them; 0 for square ones). */
interface Area {
  extent: Extent;
  rx: number;
  ry: number;
}

/** What a shape surely paints. */
export interface Covering extends Area {
  /** Where its tag starts in the SVG: it paints over what comes before. */
  at: number;
  /** A pattern (a gradient, a background image: `url(#…)`) paints its box, but may let text show through. */
  kind: Cover | 'pattern';
}

/** Elements whose content defines something and paints nothing where it is written. */
const DEFINITIONS = new Set(['mask', 'clipPath', 'defs', 'pattern', 'linearGradient', 'radialGradient', 'filter', 'symbol']);

export function coveringsIn(svg: string): Covering[] {
  const coverings: Covering[] = [];
  // The area each mask or clip lets through: its first shape.
  const areas = new Map<string, Area>();
  // The groups around the current tag: the area they let through, undefined once one lets what is behind show.
  const groups: (Area | undefined)[] = [];
  const around = () => (groups.length === 0 ? FULL : groups[groups.length - 1]);
  let at = svg.indexOf('<');
  while (at >= 0) {
    const end = tagEnd(svg, at);
    if (end < 0) break;
    const tag = svg.slice(at + 1, end);
    const name = /^\/?[A-Za-z]+/.exec(tag)?.[0] ?? '';
    const selfClosing = tag.endsWith('/');
    if (name === 'g' && !selfClosing) {
      const outer = around();
      groups.push(outer === undefined || !opaque(tag) || attr(tag, 'transform') !== undefined || attr(tag, 'filter') !== undefined ? undefined : cut(outer, FULL, tag, areas));
    } else if (name === '/g') {
      groups.pop();
    } else if (DEFINITIONS.has(name) && !selfClosing) {
      const close = svg.indexOf(`</${name}>`, end);
      const id = attr(tag, 'id');
      const shape = svg.slice(end + 1, close < 0 ? svg.length : close);
      const first = /<(?:rect|path)\s[^>]*>/.exec(shape)?.[0] ?? '';
      const extent = boxOf(first);
      if (id !== undefined && extent !== undefined && (name === 'mask' || name === 'clipPath')) areas.set(id, { extent, ...radii(attr(first, 'd') ?? '') });
      if (close < 0) break;
      at = svg.indexOf('<', close + 1);
      continue;
    } else if (name === 'rect' || name === 'path' || name === 'image') {
      const outer = around();
      const box = boxOf(tag);
      // A picture that may have holes (a PNG with an alpha channel, as Figma exports an opaque one) paints its box as a pattern does.
      const kind = name === 'image' ? (hidesBehind(tag) ? 'picture' : fillsItsBox(tag) ? 'pattern' : undefined) : solidFill(tag) ? 'box' : /^url\(#/.test(attr(tag, 'fill') ?? '') ? 'pattern' : undefined;
      if (outer !== undefined && box !== undefined && kind !== undefined && opaque(tag) && attr(tag, 'transform') === undefined && attr(tag, 'filter') === undefined) {
        // A <path> with a box is a box with rounded corners, drawn by its arcs.
        const shown = cut({ extent: box, ...(name === 'path' ? radii(attr(tag, 'd') ?? '') : { rx: 0, ry: 0 }) }, outer, tag, areas);
        if (shown.extent.left < shown.extent.right && shown.extent.top < shown.extent.bottom) coverings.push({ at, ...shown, kind });
      }
    }
    at = svg.indexOf('<', end + 1);
  }
  return coverings;
}

/** What covers all of `run` (drawn at `at`) after it, if anything does. */
export function coverOf(run: Extent & { at: number }, coverings: readonly Covering[], slack: number): Cover | undefined {
  const corners = [[run.left + slack, run.top + slack], [run.right - slack, run.top + slack], [run.left + slack, run.bottom - slack], [run.right - slack, run.bottom - slack]] as const;
  for (const c of coverings) if (c.kind !== 'pattern' && c.at > run.at && corners.every(([x, y]) => paints(c, x, y))) return c.kind;
  return undefined;
}

/**
 * A point of a `width` × `height` slide that nothing paints, if there is one: the image is
 * transparent there (a template without a background), and Instagram or a blog in dark mode
 * shows it in a colour of its own. Looked for on a grid, and at the corners (a rounded page).
 */
export function unpainted(coverings: readonly Covering[], width: number, height: number): { x: number; y: number } | undefined {
  // Mostly the page's own background, painted first.
  if (coverings.some((c) => c.rx === 0 && c.ry === 0 && c.extent.left <= 0 && c.extent.top <= 0 && c.extent.right >= width && c.extent.bottom >= height)) return undefined;
  const step = 24;
  const points: { x: number; y: number }[] = [{ x: 1, y: 1 }, { x: width - 1, y: 1 }, { x: 1, y: height - 1 }, { x: width - 1, y: height - 1 }];
  for (let y = step / 2; y < height; y += step) for (let x = step / 2; x < width; x += step) points.push({ x, y });
  return points.find(({ x, y }) => !coverings.some((c) => paints(c, x, y)));
}

const FULL: Area = { extent: { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity }, rx: 0, ry: 0 };

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function boxOf(tag: string): Extent | undefined {
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(attr(tag, name) ?? NaN));
  if (x === undefined || y === undefined || width === undefined || height === undefined || ![x, y, width, height].every(Number.isFinite)) return undefined;
  return { left: x, top: y, right: x + width, bottom: y + height };
}

/** Neither the element nor its fill lets through what is behind it. */
function opaque(tag: string): boolean {
  return ['opacity', 'fill-opacity'].every((name) => {
    const value = attr(tag, name);
    return value === undefined || Number(value) >= 1;
  });
}

/** A fill of one colour that hides what is behind it: a gradient or pattern (`url(#…)`) may not. */
function solidFill(tag: string): boolean {
  const fill = attr(tag, 'fill');
  if (fill === undefined) return false;
  return solidRgb(fill) !== undefined || (/^[a-z]+$/i.test(fill) && !['none', 'transparent', 'currentcolor'].includes(fill.toLowerCase()));
}

const PNG = 'data:image/png;base64,';

/** A picture stretched over its whole box or filling it (objectFit cover), not fitted inside it. */
function fillsItsBox(tag: string): boolean {
  const fit = attr(tag, 'preserveAspectRatio') ?? 'none';
  return fit === 'none' || fit.endsWith('slice');
}

/** A JPEG, or a PNG without transparency, stretched over its whole box or filling it (objectFit cover): it hides all of its box. */
function hidesBehind(tag: string): boolean {
  if (!fillsItsBox(tag)) return false;
  const href = attr(tag, 'href') ?? '';
  if (href.startsWith('data:image/jpeg;base64,')) return true;
  if (!href.startsWith(PNG)) return false;
  // The header (IHDR, see imageSize in imageKinds.ts) has the colour type: 0 grey and 2 RGB have
  // no alpha channel; a tRNS chunk before the pixels would make a colour transparent.
  const head = Buffer.from(href.slice(PNG.length, PNG.length + 4096), 'base64');
  const colourType = head[25];
  const pixels = head.indexOf('IDAT');
  return (colourType === 0 || colourType === 2) && !head.subarray(0, pixels < 0 ? head.length : pixels).includes('tRNS');
}

/**
 * `area` as the groups around it (`outer`) and the masks and clips the tag names let it show:
 * the boxes' overlap, with the roundest corners of any (a rounded clip around a box of square
 * corners rounds them; a clip smaller than the box is not its shape, which this does not need).
 */
function cut(area: Area, outer: Area, tag: string, areas: ReadonlyMap<string, Area>): Area {
  let shown = overlap(area, outer);
  for (const name of ['mask', 'clip-path']) {
    const id = /^url\(#([^)]+)\)$/.exec(attr(tag, name) ?? '')?.[1];
    if (id === undefined) continue;
    // A mask not read (not a box) may let through less than the box: then it covers nothing for sure.
    shown = overlap(shown, areas.get(id) ?? { extent: { left: 0, top: 0, right: 0, bottom: 0 }, rx: 0, ry: 0 });
  }
  return shown;
}

function overlap(a: Area, b: Area): Area {
  return { extent: intersect(a.extent, b.extent), rx: Math.max(a.rx, b.rx), ry: Math.max(a.ry, b.ry) };
}

/** The largest radii of the arcs of path data `d` (`a12,12 0 0 1 12,12`): its corners are no rounder. */
function radii(d: string): { rx: number; ry: number } {
  let [rx, ry] = [0, 0];
  for (const arc of d.matchAll(/a\s*([\d.]+)[\s,]+([\d.]+)/g)) {
    rx = Math.max(rx, Number(arc[1]));
    ry = Math.max(ry, Number(arc[2]));
  }
  return { rx, ry };
}

/** Whether the point is within what `c` paints: its box, less what its rounded corners leave out. */
function paints(c: Covering, x: number, y: number): boolean {
  const { left, top, right, bottom } = c.extent;
  if (x < left || x > right || y < top || y > bottom) return false;
  if (c.rx === 0 || c.ry === 0) return true;
  // The nearest point of the box inset by the radii: within a corner's ellipse, or not in a corner.
  const dx = (x - Math.min(Math.max(x, left + c.rx), right - c.rx)) / c.rx;
  const dy = (y - Math.min(Math.max(y, top + c.ry), bottom - c.ry)) / c.ry;
  return dx * dx + dy * dy <= 1;
}

function intersect(a: Extent, b: Extent): Extent {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}
