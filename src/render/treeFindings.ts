/**
 * What the check of a template's element tree (templateTree.ts) gathers while it walks the
 * tree, and the checks that look at one style, one stylesheet rule or one element's font:
 * kept apart from the walk, which decides what each element takes from the ones around it.
 */
import type { ReactNode } from 'react';
import { badColourIn } from '../colour.ts';
import { camelCase, isCssProperty } from './cssProperties.ts';
import { resolveVariables, type Variables } from './cssVariables.ts';
import { ignoredStyleHint } from './ignoredStyles.ts';
import { unstyled } from './stylesheets.ts';
import { namesOf, nonValueOf, weightOf, type NonValue } from './styleValues.ts';
import type { CheckedTree, Habit } from './checkedTree.ts';

/** Elements satori sets in italic by default, as browsers do. */
const ITALIC_ELEMENTS = new Set(['i', 'em', 'cite', 'var', 'dfn']);

/** An image a style or a stylesheet names: its source. */
const CSS_URL = /url\(\s*['"]?([^'")\s]+)/g;

/** Values that name no family but the parent's. */
const CSS_WIDE = new Set(['inherit', 'initial', 'unset']);

/** Styles with which satori cuts a text short ("…") rather than let it take the room it needs. */
const TRUNCATING = ['lineClamp', 'WebkitLineClamp', 'textOverflow'];

/** Every mistake of each kind, each once: a template converted from HTML has many class names. */
export class TreeFindings {
  readonly habits = new Set<Habit>();
  readonly classNames = new Set<string>();
  readonly stylesheets: string[] = [];
  readonly lists = new Set<string>();
  readonly textStyles = new Set<string>();
  readonly unknownMarks = new Set<string>();
  objectChild: string[] | undefined;
  functionChild: string | undefined;
  unsizedImage: 'img' | 'svg' | undefined;
  imageComponent = false;
  undefinedChild = false;
  /** Text without a family of its own is drawn in the first font satori has. */
  readonly firstFamily: string;
  private readonly remotes = new Set<string>();
  private readonly unknownFamilies = new Set<string>();
  private readonly truncating = new Map<string, [string, string]>();
  private readonly ignored = new Map<string, [string, string, string]>();
  private readonly missingWeights = new Map<string, { weight: number; family: string }>();
  private readonly unreadWeights = new Set<string>();
  private readonly italics = new Set<string>();
  private readonly badColours = new Map<string, [string, string]>();
  private readonly unknownProperties = new Set<string>();
  private readonly undefinedStyles = new Set<string>();
  private readonly nonValues = new Map<string, NonValue & { property: string }>();
  private readonly unsetVariables = new Map<string, [string, string]>();
  // Variables a <style> element's rules set: satori resolves those too, by selector.
  private readonly ruleVariables = new Set<string>();
  // satori matches family names as CSS does, whatever their capitals ('pretendard gov').
  private readonly byLowerCase: Map<string, string>;

  /** `families`: the font families satori has, each with the weights it has fonts for. */
  constructor(private readonly families: ReadonlyMap<string, ReadonlySet<number>>) {
    this.firstFamily = families.keys().next().value ?? '';
    this.byLowerCase = new Map([...families.keys()].map((name) => [name.toLowerCase(), name]));
  }

  /** An image source, which must come with the templates. */
  source(source: string): void {
    if (!source.startsWith('data:')) this.remotes.add(source);
  }

  /** The images a stylesheet or a style's value names. */
  urlsIn(css: string): void {
    for (const match of css.matchAll(CSS_URL)) this.source(match[1] ?? '');
  }

  /**
   * A stylesheet's rule, its declarations as written (`background-colour: …`), checked as a
   * style is. A weight is checked against the rule's own family, or the slide's first: the
   * family its elements are drawn in, unless they set another themselves. A var() is not
   * followed: rules set variables by selectors, which are not matched here.
   */
  rule(declarations: readonly [string, string][]): void {
    let family = this.firstFamily;
    for (const [written, value] of declarations) {
      const property = camelCase(written);
      if (written.startsWith('--')) this.ruleVariables.add(written);
      if (!isCssProperty(written)) this.unknownProperties.add(written);
      const colour = value.includes('var(') ? undefined : badColourIn(property, value);
      if (colour !== undefined) this.badColours.set(`${written}\0${colour}`, [written, colour]);
      this.shortening(property, value, written, value);
      if (property === 'fontStyle' && /^(italic|oblique)\b/.test(value)) this.italics.add(`${written}: ${value}`);
      if (property !== 'fontFamily') continue;
      const named = namesOf(value).map(this.loaded).find((name) => name !== undefined);
      if (named === undefined && !namesOf(value).some((name) => CSS_WIDE.has(name))) this.unknownFamilies.add(value);
      family = named ?? family;
    }
    for (const [written, value] of declarations) {
      if (camelCase(written) !== 'fontWeight' || CSS_WIDE.has(value)) continue;
      const weight = weightOf(value);
      if (weight === undefined) this.unreadWeights.add(value);
      else this.weightIn(weight, family);
    }
  }

  /** An element's style, its var()s resolved with the variables in effect there. */
  style(style: Readonly<Record<string, unknown>>, variables: Variables): void {
    for (const [property, written] of Object.entries(style)) {
      if (!isCssProperty(property)) this.unknownProperties.add(property);
      if (written === undefined) {
        this.undefinedStyles.add(property);
        continue;
      }
      this.shortening(property, written, property, typeof written === 'string' ? `'${written}'` : String(written));
      // A custom property is checked where a var() uses it, as the value it stands for there.
      if (property.startsWith('--')) continue;
      const resolved = typeof written === 'string' ? resolveVariables(written, variables) : undefined;
      for (const name of resolved?.unset ?? []) this.unsetVariables.set(`${property}\0${name}`, [property, name]);
      if (resolved?.looped === true || (resolved?.unset.length ?? 0) > 0) continue;
      const value = resolved?.value ?? written;
      const colour = badColourIn(property, value);
      if (colour !== undefined) this.badColours.set(`${property}\0${colour}`, [property, colour]);
      else {
        const nonValue = nonValueOf(property, value);
        if (nonValue !== undefined) this.nonValues.set(property, { property, ...nonValue });
      }
      if (typeof value === 'string') this.urlsIn(value);
    }
  }

  /**
   * An element's font: its family must be one satori has, its weight one that family has, and
   * it may not ask for italics. Gives the family its text is drawn in, `family` being the one
   * around it.
   */
  font(type: unknown, style: Readonly<Record<string, unknown>>, family: string): string {
    const ownFamily = style['fontFamily'];
    if (ownFamily !== undefined && (typeof ownFamily !== 'string' || !namesOf(ownFamily).some((name) => this.loaded(name) !== undefined || CSS_WIDE.has(name)))) this.unknownFamilies.add(String(ownFamily));
    // The first of its list that satori has.
    const inEffect = typeof ownFamily === 'string' ? (namesOf(ownFamily).map(this.loaded).find((name) => name !== undefined) ?? family) : family;
    const weight = weightOf(style['fontWeight'] ?? (type === 'b' || type === 'strong' ? 'bold' : undefined));
    // satori reads a weight from a number, 'normal', 'bold' or digits; any other word (a Figma
    // style name, 'bolder') becomes NaN, and the text is drawn in the family's heaviest font.
    const weightWritten = style['fontWeight'];
    if (typeof weightWritten === 'string' && weight === undefined && !CSS_WIDE.has(weightWritten)) this.unreadWeights.add(weightWritten);
    if (weight !== undefined) this.weightIn(weight, inEffect);
    const fontStyle = style['fontStyle'];
    if (fontStyle === 'italic' || fontStyle === 'oblique') this.italics.add(`fontStyle: '${fontStyle}'`);
    else if (typeof type === 'string' && ITALIC_ELEMENTS.has(type) && fontStyle !== 'normal') this.italics.add(`<${type}>`);
    return inEffect;
  }

  /** What was found, with the tree as checked and what the contrast judge found. */
  checked(tree: ReactNode, contrast: Pick<CheckedTree, 'faint' | 'faintEmoji'>): CheckedTree {
    const classNames = unstyled(this.classNames, this.stylesheets);
    const unset = [...this.unsetVariables.values()].filter(([, name]) => !this.ruleVariables.has(name));
    return {
      tree,
      ...(this.remotes.size > 0 ? { remotes: [...this.remotes] } : {}),
      ...(this.unknownFamilies.size > 0 ? { unknownFamilies: [...this.unknownFamilies] } : {}),
      ...(this.objectChild !== undefined ? { objectChild: this.objectChild } : {}),
      ...(this.habits.size > 0 ? { habits: [...this.habits] } : {}),
      ...(this.functionChild !== undefined ? { functionChild: this.functionChild } : {}),
      ...(this.truncating.size > 0 ? { truncating: [...this.truncating.values()] } : {}),
      ...(this.ignored.size > 0 ? { ignored: [...this.ignored.values()] } : {}),
      ...(classNames.length > 0 ? { classNames } : {}),
      ...(this.unsizedImage !== undefined ? { unsizedImage: this.unsizedImage } : {}),
      ...(this.imageComponent ? { imageComponent: true as const } : {}),
      ...(this.missingWeights.size > 0 ? { missingWeights: [...this.missingWeights.values()] } : {}),
      ...(this.unreadWeights.size > 0 ? { unreadWeights: [...this.unreadWeights] } : {}),
      ...(this.italics.size > 0 ? { italics: [...this.italics] } : {}),
      ...(this.badColours.size > 0 ? { badColours: [...this.badColours.values()] } : {}),
      ...(this.unknownProperties.size > 0 ? { unknownProperties: [...this.unknownProperties] } : {}),
      ...(this.undefinedStyles.size > 0 ? { undefinedStyles: [...this.undefinedStyles] } : {}),
      ...(this.nonValues.size > 0 ? { nonValues: [...this.nonValues.values()] } : {}),
      ...(unset.length > 0 ? { unsetVariables: unset } : {}),
      ...contrast,
      ...(this.undefinedChild ? { undefinedChild: true as const } : {}),
      ...(this.lists.size > 0 ? { lists: [...this.lists] } : {}),
      ...(this.textStyles.size > 0 ? { textStyles: [...this.textStyles] } : {}),
      ...(this.unknownMarks.size > 0 ? { unknownMarks: [...this.unknownMarks] } : {}),
    };
  }

  private readonly loaded = (name: string): string | undefined => this.byLowerCase.get(name.toLowerCase());

  /** A style that cuts text short, or one satori ignores; `shown` is the value as the message writes it. */
  private shortening(property: string, value: unknown, written: string, shown: string): void {
    if (TRUNCATING.includes(property) && value !== 'clip' && value !== 'none') this.truncating.set(`${written}\0${shown}`, [written, shown]);
    const hint = ignoredStyleHint(property, value);
    if (hint !== undefined) this.ignored.set(property, [written, shown, hint]);
  }

  private weightIn(weight: number, family: string): void {
    if (this.families.get(family)?.has(weight) === false) this.missingWeights.set(`${weight}\0${family}`, { weight, family });
  }
}
