/**
 * What the check of a template's element tree (templateTree.ts) found that satori would draw
 * wrong: each kind, each once. treeErrors.ts places and words them.
 */
import type { ReactNode } from 'react';
import type { NonValue } from './styleValues.ts';
import type { UnloadedRule } from './stylesheets.ts';

export interface CheckedTree {
  tree: ReactNode;
  /** The image sources that are not part of the templates (a URL, a path), each once. */
  remotes?: string[];
  /** The fontFamily values that name none of the loaded families, as written, each once. */
  unknownFamilies?: string[];
  /** The keys of the first plain object put where text or elements go ({frame} for {frame.index}). */
  objectChild?: string[];
  /** Habits of React or HTML that satori cannot draw, each once (see Habit). */
  habits?: Habit[];
  /** A function put where text or elements go ({label} for {label()}): its name ('' when it has none). */
  functionChild?: string;
  /** The styles that shorten text to fit (lineClamp, textOverflow: ellipsis), as [property, value as written], each once. */
  truncating?: [string, string][];
  /** The styles satori takes and does not draw (float, writingMode, textWrap: 'pretty' …), as [property, value as written, what to write instead], each property once. */
  ignored?: [string, string, string][];
  /** The class names elements are given, as written, each once. */
  classNames?: string[];
  /** Whether an imported image is written as a component (<Logo />: its type is the image's data URL). */
  imageComponent?: true;
  /** The first <img> or <svg> with neither a width nor a height. */
  unsizedImage?: 'img' | 'svg';
  /** The fontWeights that the family in effect has no font for, with that family, each once. */
  missingWeights?: { weight: number; family: string }[];
  /** The fontWeight values that are no weight satori reads ('SemiBold', 'bolder'), as written, each once. */
  unreadWeights?: string[];
  /** The italics asked for, as written: fontStyle's value, or the element (<i>, <em>), each once. */
  italics?: string[];
  /** The colours that are none, each once, as [property, the colour as written]. */
  badColours?: [string, string][];
  /** The style keys that are no CSS property (typos such as backgroundColour), each once. */
  unknownProperties?: string[];
  /** The style keys given no value (`color: palette.accnt`: a misspelt token), each once. */
  undefinedStyles?: string[];
  /** The style keys given no value satori takes (`padding: space`, NaN, "NaNpx", opacity '50%'), with what they were given, each once. */
  nonValues?: (NonValue & { property: string })[];
  /** The var()s of a style that nothing sets and that have no fallback, as [property, variable], each once. */
  unsetVariables?: [string, string][];
  /** The colours of text drawn on nearly the same colour (a contrast below 1.5:1), as written, each pair once. */
  faint?: { ink: string; behind: string; ratio: number }[];
  /** The emoji drawn on nearly their own colours, with those colours, each on each background once. */
  faintEmoji?: { emoji: string; colours: string[]; behind: string; ratio: number }[];
  /** Whether a child is written that has no value (`{p.titel}`: satori draws nothing there). */
  undefinedChild?: true;
  /** The list elements used, as written (`<ul>`, `<li>`), each once. */
  lists?: string[];
  /** The styles written as a text (`style="color: red"`), as written, each once. */
  textStyles?: string[];
  /** The data-fit marks the build does not measure by (`data-fit="frames"`), as written, each once. */
  unknownMarks?: string[];
}

/**
 * 'async component': a Promise where text or elements go; '<br>': a line break satori does not
 * break at; 'style list': a style given as a list of objects (style={[a, b]}), which satori does not read;
 * 'tw': Tailwind classes (tw="…"), which satori draws and cardnews's checks do not see; 'clock'
 * and 'random': code that reads today's date or Math.random(), which makes a slide that the next
 * build of the same deck would draw differently (see build/unrepeatable.ts); '@import' and
 * '@font-face': rules of a <style> element satori does not load (see stylesheets.ts).
 */
export type Habit = 'async component' | '<br>' | 'style list' | 'tw' | 'clock' | 'random' | UnloadedRule;
