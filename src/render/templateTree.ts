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
 * - The rules of a <style> element are held to the same (see checkRule).
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
 * transform a box is drawn under (TRANSFORM, MOVED_WITHIN) and text written beside elements
 * (INLINE_TEXT; see layoutMarks.ts):
 * satori's layout says where each box is, not which box holds it or why, and measure.ts needs
 * that to tell text that a box cuts off, and what to do about text too long for its line.
 */
import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { badColourIn } from '../colour.ts';
import { FIT_MARKS } from '../compose/templateTypes.ts';
import { keptWhole } from '../compose/words.ts';
import { camelCase, isCssProperty } from './cssProperties.ts';
import { contrastJudge, paintedBehind } from './contrast.ts';
import { IGNORED_STYLES } from './ignoredStyles.ts';
import { CLIP, CLIPPED_BY, INLINE_TEXT, INVISIBLE, invisibleBy, MOVED_WITHIN, movedBy, ONE_LINE, textBesideElements, TRANSFORM } from './layoutMarks.ts';
import { resolveVariables, withOwnVariables, type Variables } from './cssVariables.ts';
import { rulesOf, styleText, unstyled } from './stylesheets.ts';
import { namesOf, nonValueOf, styleOf, weightOf, type NonValue } from './styleValues.ts';
import type { CheckedTree, Habit } from './checkedTree.ts';

/** The elements satori lays out as lists, with markers it fails to set in a slide's font. */
const LIST_ELEMENTS = new Set(['ul', 'ol', 'li', 'menu', 'dir']);

/** Elements satori sets in italic by default, as browsers do. */
const ITALIC_ELEMENTS = new Set(['i', 'em', 'cite', 'var', 'dfn']);

/** An image a style or a stylesheet names: its source. */
const CSS_URL = /url\(\s*['"]?([^'")\s]+)/g;

/** Values that name no family but the parent's. */
const CSS_WIDE = new Set(['inherit', 'initial', 'unset']);

/** Styles with which satori cuts a text short ("…") rather than let it take the room it needs. */
const TRUNCATING = ['lineClamp', 'WebkitLineClamp', 'textOverflow'];

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
}

/**
 * `families`: the font families satori has, each with the weights it has fonts for; `emoji`:
 * the images satori draws emoji with, by grapheme.
 */
export function checkTree(node: ReactNode, families: ReadonlyMap<string, ReadonlySet<number>>, emoji: Readonly<Record<string, string>> = {}): CheckedTree {
  // Every mistake of each kind, each once: a template converted from HTML has many class names.
  const remotes = new Set<string>();
  const unknownFamilies = new Set<string>();
  let objectChild: string[] | undefined;
  // What React or HTML habits put in a tree that satori cannot draw (see CheckedTree.habits).
  const habits = new Set<Habit>();
  let functionChild: string | undefined;
  const truncating = new Map<string, [string, string]>();
  const classNames = new Set<string>();
  const stylesheets: string[] = [];
  let unsizedImage: 'img' | 'svg' | undefined;
  const missingWeights = new Map<string, { weight: number; family: string }>();
  const unreadWeights = new Set<string>();
  const italics = new Set<string>();
  const badColours = new Map<string, [string, string]>();
  const unknownProperties = new Set<string>();
  const ignored = new Map<string, [string, string]>();
  const undefinedStyles = new Set<string>();
  const nonValues = new Map<string, NonValue & { property: string }>();
  const unsetVariables = new Map<string, [string, string]>();
  // Variables a <style> element's rules set: satori resolves those too, by selector.
  const ruleVariables = new Set<string>();
  let undefinedChild = false;
  const lists = new Set<string>();
  const textStyles = new Set<string>();
  const unknownMarks = new Set<string>();
  let clips = 0;
  const note = (source: string) => {
    if (!source.startsWith('data:')) remotes.add(source);
  };
  // Text without a family of its own is drawn in the first font satori has.
  const firstFamily = families.keys().next().value ?? '';
  // satori matches family names as CSS does, whatever their capitals ('pretendard gov').
  const byLowerCase = new Map([...families.keys()].map((name) => [name.toLowerCase(), name]));
  const loaded = (name: string) => byLowerCase.get(name.toLowerCase());
  // A stylesheet's rule, its declarations as written (`background-colour: …`), checked as a
  // style is. A weight is checked against the rule's own family, or the slide's first: the
  // family its elements are drawn in, unless they set another themselves. A var() is not
  // followed: rules set variables by selectors, which are not matched here.
  const checkRule = (declarations: readonly [string, string][]) => {
    let family = firstFamily;
    for (const [written, value] of declarations) {
      const property = camelCase(written);
      if (written.startsWith('--')) ruleVariables.add(written);
      if (!isCssProperty(written)) unknownProperties.add(written);
      const colour = value.includes('var(') ? undefined : badColourIn(property, value);
      if (colour !== undefined) badColours.set(`${written}\0${colour}`, [written, colour]);
      if (TRUNCATING.includes(property) && value !== 'clip' && value !== 'none') truncating.set(`${written}\0${value}`, [written, value]);
      if (IGNORED_STYLES.has(property)) ignored.set(property, [written, value]);
      if (property === 'fontStyle' && /^(italic|oblique)\b/.test(value)) italics.add(`${written}: ${value}`);
      if (property !== 'fontFamily') continue;
      const named = namesOf(value).map(loaded).find((name) => name !== undefined);
      if (named === undefined && !namesOf(value).some((name) => CSS_WIDE.has(name))) unknownFamilies.add(value);
      family = named ?? family;
    }
    for (const [written, value] of declarations) {
      if (camelCase(written) !== 'fontWeight' || CSS_WIDE.has(value)) continue;
      const weight = weightOf(value);
      if (weight === undefined) unreadWeights.add(value);
      else if (families.get(family)?.has(weight) === false) missingWeights.set(`${weight}\0${family}`, { weight, family });
    }
  };
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
      if (item instanceof Promise) habits.add('async component');
      else if (typeof item === 'object' && item !== null) objectChild ??= Object.keys(item);
      // ReactNode has no functions, but a template that is not type-checked can put one there.
      const value: unknown = item;
      if (typeof value === 'function') functionChild ??= value.name;
      return item;
    }
    const element = item as ReactElement<Record<string, unknown>>;
    const { type, props } = element;
    if (typeof type === 'function') return expand((type as (props: Record<string, unknown>) => ReactNode)(props), around);
    if (type === 'img' && typeof props['src'] === 'string') note(props['src']);
    if (typeof type === 'string' && LIST_ELEMENTS.has(type)) lists.add(`<${type}>`);
    // satori draws nothing for a <br>, and joins the texts around it: "문의02-351-0000".
    if (type === 'br') habits.add('<br>');
    const classes = props['className'] ?? props['class'];
    if (typeof classes === 'string' && classes.trim() !== '') classNames.add(classes);
    if (type === 'style') {
      const css = styleText(props);
      stylesheets.push(css);
      for (const match of css.matchAll(CSS_URL)) note(match[1] ?? '');
      for (const rule of rulesOf(css)) checkRule(rule);
    }
    const { style, asText, asList } = styleOf(props['style']);
    if (asText !== undefined) textStyles.add(asText);
    if (asList === true) habits.add('style list');
    const mark = props['data-fit'];
    if (mark !== undefined && !FIT_MARKS.includes(String(mark))) unknownMarks.add(String(mark));
    const sized = (key: string) => props[key] !== undefined || style[key] !== undefined;
    if ((type === 'img' || type === 'svg') && !sized('width') && !sized('height')) unsizedImage ??= type;
    const variables = withOwnVariables(style, around.variables);
    for (const [property, written] of Object.entries(style)) {
      if (!isCssProperty(property)) unknownProperties.add(property);
      if (written === undefined) undefinedStyles.add(property);
      const asWrittenHere = typeof written === 'string' ? `'${written}'` : String(written);
      if (TRUNCATING.includes(property) && written !== undefined && written !== 'clip' && written !== 'none') truncating.set(`${property}\0${asWrittenHere}`, [property, asWrittenHere]);
      if (IGNORED_STYLES.has(property) && written !== undefined) ignored.set(property, [property, asWrittenHere]);
      // A custom property is checked where a var() uses it, as the value it stands for there.
      if (property.startsWith('--')) continue;
      const resolved = typeof written === 'string' ? resolveVariables(written, variables) : undefined;
      for (const name of resolved?.unset ?? []) unsetVariables.set(`${property}\0${name}`, [property, name]);
      if (resolved?.looped === true || (resolved?.unset.length ?? 0) > 0) continue;
      const value = resolved?.value ?? written;
      const colour = badColourIn(property, value);
      if (colour !== undefined) badColours.set(`${property}\0${colour}`, [property, colour]);
      else {
        const nonValue = nonValueOf(property, value);
        if (nonValue !== undefined) nonValues.set(property, { property, ...nonValue });
      }
      if (typeof value !== 'string') continue;
      for (const match of value.matchAll(CSS_URL)) note(match[1] ?? '');
    }
    const ownFamily = style['fontFamily'];
    if (ownFamily !== undefined && (typeof ownFamily !== 'string' || !namesOf(ownFamily).some((name) => loaded(name) !== undefined || CSS_WIDE.has(name)))) unknownFamilies.add(String(ownFamily));
    // The family this element's text is drawn in: the first of its list that satori has.
    const inEffect = typeof ownFamily === 'string' ? (namesOf(ownFamily).map(loaded).find((name) => name !== undefined) ?? family) : family;
    const weight = weightOf(style['fontWeight'] ?? (type === 'b' || type === 'strong' ? 'bold' : undefined));
    // satori reads a weight from a number, 'normal', 'bold' or digits; any other word (a Figma
    // style name, 'bolder') becomes NaN, and the text is drawn in the family's heaviest font.
    const weightWritten = style['fontWeight'];
    if (typeof weightWritten === 'string' && weight === undefined && !CSS_WIDE.has(weightWritten)) unreadWeights.add(weightWritten);
    if (weight !== undefined && families.get(inEffect)?.has(weight) === false) missingWeights.set(`${weight}\0${inEffect}`, { weight, family: inEffect });
    const fontStyle = style['fontStyle'];
    if (fontStyle === 'italic' || fontStyle === 'oblique') italics.add(`fontStyle: '${fontStyle}'`);
    else if (typeof type === 'string' && ITALIC_ELEMENTS.has(type) && fontStyle !== 'normal') italics.add(`<${type}>`);
    // An SVG's insides are drawing, not boxes: satori would write these props into it.
    if (type === 'svg') return element;
    const marks: Record<string, string> = clippedBy === '' ? {} : { [CLIPPED_BY]: clippedBy };
    let inner = clippedBy;
    if (style['overflow'] === 'hidden') {
      marks[CLIP] = String(++clips);
      inner = `${clippedBy} ${marks[CLIP]}`.trim();
    }
    const moved = movedBy(style, clippedBy, around.moved);
    const invisible = invisibleBy(style, around.invisible);
    Object.assign(marks, moved === undefined ? {} : { [TRANSFORM]: moved.transform, [MOVED_WITHIN]: moved.within }, invisible === undefined ? {} : { [INVISIBLE]: invisible });
    const whiteSpace = style['whiteSpace'];
    const oneLine = whiteSpace === undefined ? around.oneLine : whiteSpace === 'nowrap' || whiteSpace === 'pre' ? whiteSpace : '';
    if (oneLine !== '') marks[ONE_LINE] = oneLine;
    const children = props['children'];
    const inline = textBesideElements(children);
    if (inline !== undefined) marks[INLINE_TEXT] = inline;
    const changed = Object.keys(marks).length > 0 ? marks : undefined;
    // A child written as an expression that has no value: React keeps the key, or the place in the list.
    if ((children === undefined && 'children' in props) || (Array.isArray(children) && children.includes(undefined))) undefinedChild = true;
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
    const below: Around = { clippedBy: inner, family: inEffect, asWritten: childrenAsWritten, oneLine, variables, ink, behind, ...(moved !== undefined ? { moved } : {}), ...(invisible !== undefined ? { invisible } : {}) };
    return cloneElement(element, changed, ...(Array.isArray(children) ? children.map((child: ReactNode) => expand(child, below)) : [expand(children as ReactNode, below)]));
  };
  // satori's text is black until a colour is set; a slide paints nothing behind it until a box does.
  const tree = expand(node, { clippedBy: '', family: firstFamily, asWritten: false, oneLine: '', variables: new Map(), ink: '#000000', behind: undefined });
  const unstyledClasses = unstyled(classNames, stylesheets);
  const unset = [...unsetVariables.values()].filter(([, name]) => !ruleVariables.has(name));
  return {
    tree,
    ...(remotes.size > 0 ? { remotes: [...remotes] } : {}),
    ...(unknownFamilies.size > 0 ? { unknownFamilies: [...unknownFamilies] } : {}),
    ...(objectChild !== undefined ? { objectChild } : {}),
    ...(habits.size > 0 ? { habits: [...habits] } : {}),
    ...(functionChild !== undefined ? { functionChild } : {}),
    ...(truncating.size > 0 ? { truncating: [...truncating.values()] } : {}),
    ...(ignored.size > 0 ? { ignored: [...ignored.values()] } : {}),
    ...(unstyledClasses.length > 0 ? { classNames: unstyledClasses } : {}),
    ...(unsizedImage !== undefined ? { unsizedImage } : {}),
    ...(missingWeights.size > 0 ? { missingWeights: [...missingWeights.values()] } : {}),
    ...(unreadWeights.size > 0 ? { unreadWeights: [...unreadWeights] } : {}),
    ...(italics.size > 0 ? { italics: [...italics] } : {}),
    ...(badColours.size > 0 ? { badColours: [...badColours.values()] } : {}),
    ...(unknownProperties.size > 0 ? { unknownProperties: [...unknownProperties] } : {}),
    ...(undefinedStyles.size > 0 ? { undefinedStyles: [...undefinedStyles] } : {}),
    ...(nonValues.size > 0 ? { nonValues: [...nonValues.values()] } : {}),
    ...(unset.length > 0 ? { unsetVariables: unset } : {}),
    ...contrast.found(),
    ...(undefinedChild ? { undefinedChild: true as const } : {}),
    ...(lists.size > 0 ? { lists: [...lists] } : {}),
    ...(textStyles.size > 0 ? { textStyles: [...textStyles] } : {}),
    ...(unknownMarks.size > 0 ? { unknownMarks: [...unknownMarks] } : {}),
  };
}
