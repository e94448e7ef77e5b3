/**
 * What a template's element tree asks of satori that satori would quietly get wrong, found
 * before satori sees the tree. Components are expanded here, as satori would expand them, so
 * the tree handed on is the one that was checked.
 *
 * - Images must come with the templates. satori fetches an <img> source or a CSS url() that is
 *   not a data: URL — after looking its host up in DNS — and when that fails it logs a line and
 *   draws nothing there; cardnews works offline.
 * - A fontFamily must name a font the theme loads. satori draws text in a family it does not
 *   have with the first font it has, so a designer who sets 'Noto Sans KR' sees Pretendard GOV
 *   and no word about it.
 * - A child must be text or an element: an object ({frame} meant as {frame.index}) or a function
 *   made satori fail with "Cannot read properties of undefined".
 * - No style may shorten text to fit (lineClamp, textOverflow: ellipsis): satori would cut the
 *   text with "…", and cardnews reports text that does not fit instead of cutting it.
 * - An <img> or <svg> needs a width or a height: without either, satori sizes it after the boxes
 *   around it, which collapse (a bar above a logo came out 0 px high).
 * - A class name no <style> element of the slide styles does nothing (a stylesheet import is
 *   refused: satori reads only style={{ … }} and <style> elements), so a designer's
 *   className="title" left the element unstyled without a word.
 * - A colour must be one resvg reads ('gery' or '#1F4FA' came out black, or not at all).
 * - A style's value must be a number or a text: given an object (`padding: space` for
 *   `space.cardPadding`), satori failed deep inside, naming no line; and not one calculated
 *   from a field that does not exist (NaN, "NaNpx"; see nonValueOf).
 * - A style key must be a CSS property: satori skips one it does not know, so `backgroundColour`
 *   drew a card without its background. It skips one without a value too, and draws nothing
 *   for a child without one: a misspelt token or field under a name the source check
 *   (misspeltFields.ts) does not follow (`palette.accnt`). Found here; treeErrors.ts reports it
 *   where the template writes such a name.
 * - A fontWeight must be one the family in effect has: satori draws a weight it lacks with the
 *   font CSS matches (600 as 700), or thickens a lighter one (a faux bold), so a theme that
 *   loads 400, 700 and 800 drew SemiBold as Bold.
 *   Italic likewise: a theme loads no italic fonts (no Korean font has italics), and satori
 *   slants the upright letters, which then lean out of the boxes they are measured by. A
 *   weight written as a word satori does not read ('SemiBold') is no weight at all to it.
 *
 * - A var() is checked as the value it stands for, and must stand for one (cssVariables.ts).
 * - Text must stand out from the one colour painted behind it (contrast.ts): the same colour
 *   for both (a restyled card as white as its text) drew text that does not show.
 * - The rules of a <style> element are held to the same (TreeFindings.rule in treeFindings.ts).
 * - A style is an object: one written as a text, as HTML writes it (`style="color: red"`), was
 *   read by its characters ("13 is not a CSS property"), and the element drawn without it.
 * - A `data-fit` mark must be one the build measures by: a misspelt `data-fit="frames"` left a
 *   body without its frame, every bullet "too tall for 0 px".
 * - HTML lists (<ul>, <ol>, <li>): satori fails on a list item inside any element that sets a
 *   fontFamily ("g.split is not a function", satori 0.63), which a slide always does, without a
 *   word of where.
 *
 * It also gives Korean text written straight into an element the joiners <Words> gives its
 * text (see keptWhole), and marks the boxes that clip what they hold (`overflow: hidden`) and, on every element
 * inside one, which they are (CLIP, CLIPPED_BY), the text kept on one line (ONE_LINE), the
 * transform a box is drawn under (TRANSFORM, MOVED_WITHIN), text written beside elements
 * (INLINE_TEXT) and the body's text drawn smaller than body text may shrink (SMALL_TEXT; see
 * layoutMarks.ts):
 * satori's layout says where each box is, not which box holds it or why, and measure.ts needs
 * that to tell text that a box cuts off, and what to do about text too long for its line.
 */
import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { FIT_MARKS } from '../compose/templateTypes.ts';
import { keptWhole } from '../compose/words.ts';
import { contrastJudge, paintedBehind } from './contrast.ts';
import { WRITTEN_AT, type WrittenAt } from '../compose/Words.tsx';
import { CLIP, CLIPPED_BY, fontPxOf, INLINE_TEXT, INVISIBLE, invisibleBy, MOVED_WITHIN, movedBy, ONE_LINE, paintsTextOtherwise, SMALL_TEXT, textBesideElements, TRANSFORM } from './layoutMarks.ts';
import { resolveVariables, withOwnVariables, type Variables } from './cssVariables.ts';
import { rulesOf, styleText, withoutUnloaded } from './stylesheets.ts';
import { styleOf } from './styleValues.ts';
import { TreeFindings } from './treeFindings.ts';
import type { CheckedTree } from './checkedTree.ts';

/** The elements satori lays out as lists, with markers it fails to set in a slide's font. */
const LIST_ELEMENTS = new Set(['ul', 'ol', 'li', 'menu', 'dir']);

/** What an element takes from the elements around it. */
interface Around {
  /** The clip ids of the boxes that cut off what it holds. */
  clippedBy: string;
  /** The font family its text is drawn in. */
  family: string;
  /** Its text is drawn as written, not joined (see keptWhole). */
  asWritten: boolean;
  /** Why its text cannot wrap: `whiteSpace` set to 'nowrap' or 'pre', here or around it ('' when it can). */
  oneLine: string;
  /** The CSS custom properties set on it or around it. */
  variables: Variables;
  /** The colour of its text, and the one colour painted behind it (undefined when that is not one colour, or none). */
  ink: string;
  behind: string | undefined;
  /** The innermost transform it is drawn under, and the clips around that one (see MOVED_WITHIN). */
  moved?: { transform: string; within: string };
  /** The style that makes it invisible, as written, when one around it or its own does. */
  invisible?: string;
  /** Its text is drawn by an outline or a background clipped to it, here or around it: a clear colour does not hide it. */
  outlined?: true;
  /** The size its text is drawn at, when that can be told; whether it is in the slide's body (`data-fit="content"`); the <Words> it is drawn by. */
  fontPx?: number;
  inBody?: true;
  wordsAt?: WrittenAt;
}

/**
 * `families`: the font families satori has, each with the weights it has fonts for; `emoji`:
 * the images satori draws emoji with, by grapheme; `readablePx`: the least size body text may
 * be drawn at (0: any).
 */
export function checkTree(node: ReactNode, families: ReadonlyMap<string, ReadonlySet<number>>, emoji: Readonly<Record<string, string>> = {}, readablePx = 0): CheckedTree {
  const found = new TreeFindings(families);
  // The boxes that clip what they hold, numbered.
  let clips = 0;
  const contrast = contrastJudge(emoji);
  const expand = (item: ReactNode, around: Around): ReactNode => {
    const { clippedBy, family, asWritten } = around;
    if (Array.isArray(item)) return item.map((child: ReactNode) => expand(child, around));
    if (typeof item === 'string') {
      if (around.behind !== undefined) contrast.judge(item, around.ink, around.behind);
      return asWritten ? item : keptWhole(item);
    }
    if (!isValidElement(item)) {
      // React refuses such a child; satori fails on it deep inside ("reading 'children'").
      // An async component gives a Promise, which is no object to name fields of.
      if (item instanceof Promise) found.habits.add('async component');
      else if (typeof item === 'object' && item !== null) found.objectChild ??= Object.keys(item);
      // ReactNode has no functions, but a template that is not type-checked can put one there.
      const value: unknown = item;
      if (typeof value === 'function') found.functionChild ??= value.name;
      return item;
    }
    const element = item as ReactElement<Record<string, unknown>>;
    const { type, props } = element;
    if (typeof type === 'function') {
      const at = props[WRITTEN_AT] as WrittenAt | undefined;
      return expand((type as (props: Record<string, unknown>) => ReactNode)(props), at === undefined ? around : { ...around, wordsAt: at });
    }
    // An imported image written as a component (<Logo />, as SVGR makes one): its import is the
    // picture's data URL, which satori takes for an element's name, and draws nothing.
    if (typeof type === 'string' && type.startsWith('data:')) found.imageComponent = true;
    if (type === 'img' && typeof props['src'] === 'string') found.source(props['src']);
    if (typeof type === 'string' && LIST_ELEMENTS.has(type)) found.lists.add(`<${type}>`);
    // satori draws nothing for a <br>, and joins the texts around it: "문의02-351-0000".
    if (type === 'br') found.habits.add('<br>');
    if (props['tw'] !== undefined) found.habits.add('tw');
    const classes = props['className'] ?? props['class'];
    if (typeof classes === 'string' && classes.trim() !== '') found.classNames.add(classes);
    if (type === 'style') {
      const { css, unloaded } = withoutUnloaded(styleText(props));
      for (const rule of unloaded) found.habits.add(rule);
      found.stylesheets.push(css);
      found.urlsIn(css);
      for (const rule of rulesOf(css)) found.rule(rule);
    }
    const { style, asText, asList } = styleOf(props['style']);
    if (asText !== undefined) found.textStyles.add(asText);
    if (asList === true) found.habits.add('style list');
    const mark = props['data-fit'];
    if (mark !== undefined && !FIT_MARKS.includes(String(mark))) found.unknownMarks.add(String(mark));
    const sized = (key: string) => props[key] !== undefined || style[key] !== undefined;
    if ((type === 'img' || type === 'svg') && !sized('width') && !sized('height')) found.unsizedImage ??= type;
    const variables = withOwnVariables(style, around.variables);
    found.style(style, variables);
    const inEffect = found.font(type, style, family);
    // An SVG's insides are drawing, not boxes: satori would write these props into it.
    if (type === 'svg') return element;
    const marks: Record<string, string> = clippedBy === '' ? {} : { [CLIPPED_BY]: clippedBy };
    let inner = clippedBy;
    if (style['overflow'] === 'hidden') {
      marks[CLIP] = String(++clips);
      inner = `${clippedBy} ${marks[CLIP]}`.trim();
    }
    const moved = movedBy(style, clippedBy, around.moved);
    const outlined = around.outlined === true || paintsTextOtherwise(style);
    const invisible = invisibleBy(style, around.invisible, typeof style['color'] === 'string' && !outlined ? resolveVariables(style['color'], variables).value : undefined);
    Object.assign(marks, moved === undefined ? {} : { [TRANSFORM]: moved.transform, [MOVED_WITHIN]: moved.within }, invisible === undefined ? {} : { [INVISIBLE]: invisible });
    const fontSize = style['fontSize'];
    const fontPx = fontPxOf(typeof fontSize === 'string' ? resolveVariables(fontSize, variables).value : fontSize, around.fontPx);
    const inBody = around.inBody === true || props['data-fit'] === 'content';
    if (inBody && fontPx !== undefined && fontPx < readablePx - 0.01) marks[SMALL_TEXT] = JSON.stringify({ px: fontPx, ...(around.wordsAt !== undefined ? { at: around.wordsAt } : {}) });
    const whiteSpace = style['whiteSpace'];
    const oneLine = whiteSpace === undefined ? around.oneLine : whiteSpace === 'nowrap' || whiteSpace === 'pre' ? whiteSpace : '';
    if (oneLine !== '') marks[ONE_LINE] = oneLine;
    const children = props['children'];
    const inline = textBesideElements(children);
    if (inline !== undefined) marks[INLINE_TEXT] = inline;
    const changed = Object.keys(marks).length > 0 ? marks : undefined;
    // A child written as an expression that has no value: React keeps the key, or the place in the list.
    if ((children === undefined && 'children' in props) || (Array.isArray(children) && children.includes(undefined))) found.undefinedChild = true;
    if (children === undefined) return changed === undefined ? element : cloneElement(element, changed);
    // The text of a <Words> box is laid out already (see keptWhole), a stylesheet's is CSS, and
    // white space that a template keeps (`whiteSpace: 'pre'`, inherited) must stay as written; so
    // must text a template lets break inside words (`wordBreak: 'break-all'`): the joiners would
    // make satori draw an over-long word's pieces on top of one another.
    const breaking = [style['wordBreak'], style['overflowWrap'], style['wordWrap']].some((value) => value === 'break-all' || value === 'break-word' || value === 'anywhere');
    const childrenAsWritten = asWritten || breaking || 'data-line-px' in props || type === 'style' || /^(pre|break-spaces)/.test(String(style['whiteSpace'] ?? ''));
    const resolve = (value: string) => resolveVariables(value, variables).value;
    const painted = paintedBehind(style, resolve);
    const ink = typeof style['color'] === 'string' ? resolve(style['color']) : around.ink;
    // A stylesheet's text is CSS, not drawn.
    const behind = type === 'style' ? undefined : painted === undefined ? around.behind : (painted ?? undefined);
    const below: Around = { clippedBy: inner, family: inEffect, asWritten: childrenAsWritten, oneLine, variables, ink, behind, ...(moved !== undefined ? { moved } : {}), ...(invisible !== undefined ? { invisible } : {}), ...(outlined ? { outlined: true as const } : {}), ...(fontPx !== undefined ? { fontPx } : {}), ...(inBody ? { inBody } : {}), ...(around.wordsAt !== undefined ? { wordsAt: around.wordsAt } : {}) };
    return cloneElement(element, changed, ...(Array.isArray(children) ? children.map((child: ReactNode) => expand(child, below)) : [expand(children as ReactNode, below)]));
  };
  // satori's text is black until a colour is set, and 16 px until a size is; a slide paints
  // nothing behind it until a box does.
  const tree = expand(node, { clippedBy: '', family: found.firstFamily, asWritten: false, oneLine: '', variables: new Map(), ink: '#000000', behind: undefined, fontPx: 16 });
  return found.checked(tree, contrast.found());
}
