/**
 * Load a template folder at run time: `theme.ts` plus one component file per slide kind.
 * Designers edit these files and rebuild; nothing of the project is compiled beforehand.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isHexColour } from '../colour.ts';
import { nearestWord } from '../nearest.ts';
import { displayPath } from '../paths.ts';
import { UserError, withSourceLine, type Problem, type SourcePlace } from '../errors.ts';
import { placeOfFontEntry, placeOfKeys, placeOfText } from '../sourceText.ts';
import { componentDeclaration, shippedTemplates, templateDir } from './templateDir.ts';
import { READABLE_PX, readablePxAt, type Component, type FontSpec, type TemplateSet, type ThemeCore } from './templateTypes.ts';

/** The component file of each slide kind, inside the template folder. */
export const TEMPLATE_FILES = { theme: 'theme.ts', Cover: 'Cover.tsx', Case: 'Case.tsx', Closing: 'Closing.tsx' } as const;

/** The component file that draws each kind of slide. */
export const KIND_FILES = { cover: TEMPLATE_FILES.Cover, case: TEMPLATE_FILES.Case, closing: TEMPLATE_FILES.Closing } as const;

/** The folder of the template a deck names (`usedAt`: where it names it, `lines`: its file's), or a UserError. */
export function findTemplateDir(templatesDir: string, name: string, usedAt: SourcePlace, lines: readonly string[] = []): string {
  const dir = templateDir(templatesDir, name);
  if (dir !== undefined) return dir;
  const available = [...new Set([templatesDir, shippedTemplates].flatMap((d) => (existsSync(d) ? readdirSync(d) : [])))];
  // A path to the folder (`templates/brand`, `./brand/`) where its name goes.
  const last = name.split(/[/\\]/).filter((part) => part !== '' && part !== '.').at(-1) ?? name;
  const guess = available.includes(last) ? last : nearestWord(last, available);
  const message = `there is no template "${name}": no folder ${displayPath(path.join(templatesDir, name))}/, and cardnews comes with none of that name`;
  throw new UserError([withSourceLine({ place: usedAt, message, hint: `${guess !== undefined ? `Did you mean "${guess}"? ` : ''}Use one of: ${available.join(', ') || 'none'}.` }, lines)]);
}

/** Just the theme of a template folder: all the main thread needs to plan (fonts, markers, size). */
export async function loadTheme(dir: string): Promise<ThemeCore> {
  const theme = (await importTemplate(dir, TEMPLATE_FILES.theme))['theme'];
  checkTheme(theme, path.join(dir, TEMPLATE_FILES.theme));
  return theme;
}

export async function loadTemplates(templatesDir: string, name: string, usedAt: SourcePlace): Promise<TemplateSet> {
  const dir = findTemplateDir(templatesDir, name, usedAt);
  const theme = await loadTheme(dir);
  return {
    name,
    dir,
    theme,
    Cover: await component(dir, TEMPLATE_FILES.Cover),
    Case: await component(dir, TEMPLATE_FILES.Case),
    Closing: await component(dir, TEMPLATE_FILES.Closing),
  };
}

/**
 * Template modules already compiled and loaded (a worker's template bundle registers them here,
 * by absolute path), so workers need not import .tsx files through a TypeScript loader.
 */
export const TEMPLATE_REGISTRY = 'cardnews.templates';

export function preloadedTemplates(): Map<string, Record<string, unknown>> | undefined {
  return (globalThis as Record<symbol, Map<string, Record<string, unknown>> | undefined>)[Symbol.for(TEMPLATE_REGISTRY)];
}

/** A loaded template set with its files' modules as `modules` has them (see modulesLoadedLater). */
export function templateSetOf(loaded: TemplateSet, modules: ReadonlyMap<string, Record<string, unknown>>): TemplateSet {
  const of = (file: string) => modules.get(path.join(loaded.dir, file)) ?? {};
  return {
    ...loaded,
    theme: (of(TEMPLATE_FILES.theme)['theme'] as ThemeCore | undefined) ?? loaded.theme,
    Cover: (of(TEMPLATE_FILES.Cover)['default'] as TemplateSet['Cover'] | undefined) ?? loaded.Cover,
    Case: (of(TEMPLATE_FILES.Case)['default'] as TemplateSet['Case'] | undefined) ?? loaded.Case,
    Closing: (of(TEMPLATE_FILES.Closing)['default'] as TemplateSet['Closing'] | undefined) ?? loaded.Closing,
  };
}

/** The problem of a template folder without one of its files. */
export function missingTemplateFile(full: string): Problem {
  return {
    place: { file: displayPath(full), line: 0, col: 0 },
    message: `this template file is missing: a template folder needs ${Object.values(TEMPLATE_FILES).join(', ')}`,
    hint: `Copy it from ${displayPath(defaultTemplateOf(full))} and adapt it.`,
  };
}

/** The default template a folder was probably copied from: the project's own, else the one cardnews comes with. */
function defaultTemplateOf(file: string): string {
  const own = path.join(path.dirname(path.dirname(file)), 'default');
  return existsSync(path.join(own, path.basename(file))) ? own : path.join(shippedTemplates, 'default');
}

async function importTemplate(dir: string, file: string): Promise<Record<string, unknown>> {
  const full = path.join(dir, file);
  const preloaded = preloadedTemplates()?.get(full);
  if (preloaded !== undefined) return preloaded;
  const place = { file: displayPath(full), line: 0, col: 0 };
  if (!existsSync(full)) throw new UserError([missingTemplateFile(full)]);
  try {
    return (await import(pathToFileURL(full).href)) as Record<string, unknown>;
  } catch (error) {
    throw new UserError([templateProblem(error, place)], { cause: error });
  }
}

async function component<P>(dir: string, file: string): Promise<Component<P>> {
  const module = await importTemplate(dir, file);
  const exported = module['default'];
  if (typeof exported !== 'function') {
    // Most often the component is there and only lacks "export default": point at it.
    const name = path.basename(file, path.extname(file));
    const declared = componentDeclaration(path.join(dir, file));
    const problem = { ...declared, message: `${file} has no default export of a component` };
    const hint = declared.place.line === 0 ? 'Write "export default function Name(props) { … }" in it.' : declared.sourceLine?.includes(`function ${name}`) === true ? `Write "export default" before "function ${name}".` : `Write "export default ${name};" below it.`;
    throw new UserError([{ ...problem, hint }]);
  }
  return exported as Component<P>;
}

/** Turn a syntax or import error of a template into a message that points into the file. */
function templateProblem(error: unknown, place: SourcePlace) {
  const text = error instanceof Error ? error.message : String(error);
  const at = /:(\d+):(\d+)/.exec(text);
  const firstLine = text.split('\n').find((l) => /error/i.test(l)) ?? text.split('\n')[0] ?? text;
  return {
    place: at ? { ...place, line: Number(at[1]), col: Number(at[2]) + 1 } : place,
    message: `the template cannot be loaded: ${firstLine.replace(/^.*?ERROR:\s*/, '').trim()}`,
    hint: 'Fix the template file and build again.',
  };
}

/** Slide sides a theme may ask for: from a thumbnail to four times Instagram's width. */
const MIN_SIDE = 100;
const MAX_SIDE = 4320;

/**
 * The first string anywhere in the theme that is meant as a hex colour but is not one: satori
 * passes it on to the SVG as written, and resvg paints what it cannot read black (a black page,
 * without a word). Meant as a colour: "#" and up to 9 letters and digits, all hex or with a
 * digit among them — a label such as '#적극행정' or '#ActiveAdmin' is text.
 */
function badColour(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const meant = /^#[0-9a-z]{1,9}$/i.test(value) && (/^#[0-9a-f]+$/i.test(value) || /\d/.test(value));
    return meant && !isHexColour(value) ? value : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const inner of Object.values(value)) {
    const found = badColour(inner);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The keys every theme has, each checked on its own. */
const CORE_KEYS = ['width', 'height', 'safeMargin', 'fonts', 'markers', 'labels', 'fit'];

/** Every NaN or infinite number of a theme's tokens, with its keys. */
function* notNumbers(value: unknown, keys: string[] = []): Generator<[string[], number]> {
  if (typeof value === 'number' && !Number.isFinite(value)) yield [keys, value];
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) yield* notNumbers(inner, Array.isArray(value) ? keys : [...keys, key]);
}

function checkTheme(theme: unknown, file: string): asserts theme is ThemeCore {
  // Point at the line that sets the value, or at the theme's declaration for a missing key.
  const at = (near: string) => {
    const found = placeOfText([file], near);
    return found.place.line > 0 ? found : placeOfText([file], 'theme');
  };
  // Every mistake at once, as in a deck; a check that needs what an earlier one found wrong waits.
  const problems: Problem[] = [];
  const report = (message: string, hint: string, near = 'export const theme') => void problems.push({ ...at(near), message, hint });
  const stop = () => new UserError(problems.sort((a, b) => a.place.line - b.place.line || a.place.col - b.place.col));
  if (typeof theme !== 'object' || theme === null) {
    report('theme.ts does not export "theme"', 'Write "export const theme = { … }" in it.');
    throw stop();
  }
  const t = theme as Partial<ThemeCore>;
  for (const key of ['width', 'height', 'safeMargin', 'fonts', 'markers', 'labels', 'fit'] as const) {
    if (t[key] === undefined) report(`the theme has no "${key}"`, 'See templates/default/theme.ts for the keys every theme needs.');
  }
  if (problems.length > 0) throw stop();
  for (const key of ['width', 'height'] as const) {
    if (!whole(t[key], MIN_SIDE, MAX_SIDE)) report(`the theme's ${key} is ${JSON.stringify(t[key])}: it must be a whole number of pixels from ${MIN_SIDE} to ${MAX_SIDE}`, 'Instagram slides are 1080 wide (1080×1350 for 4:5, 1080×1080 square).', `${key}:`);
  }
  if (problems.length > 0) throw stop();
  const width = t.width as number;
  const height = t.height as number;
  if (typeof t.safeMargin !== 'number' || !(t.safeMargin >= 0 && t.safeMargin < Math.min(width, height) / 2)) {
    report(`the theme's safeMargin is ${JSON.stringify(t.safeMargin)}: it must be a number of pixels from 0 to less than half the slide`, 'Text keeps this far from every edge; the default theme uses 56.', 'safeMargin:');
  }
  checkFit(t.fit, width, report);
  // A token calculated from one that does not exist (`lead.titel * 1`) is NaN: satori, or
  // <Words>, then failed at a component, with no line. The keys every theme has are checked above.
  for (const [keys, value] of notNumbers(Object.fromEntries(Object.entries(t).filter(([key]) => !CORE_KEYS.includes(key))))) {
    problems.push({ ...placeOfKeys([file], keys), message: `the theme's ${keys.join('.')} is ${value}: a calculation with something that has no value, or a division by 0`, hint: 'Check the names it is calculated from (a misspelt one has no value), or write the number itself.' });
  }
  const colour = badColour(theme);
  if (colour !== undefined) report(`"${colour}" is not a colour: a colour in # is written with 3, 4, 6 or 8 hexadecimal digits`, 'Write it as #RRGGBB, for example #1F4FA8.', colour);
  if (!Array.isArray(t.fonts) || t.fonts.length === 0) report('the theme lists no fonts', 'Add at least one font to "fonts".', 'fonts');
  const familyWeights = new Set<string>();
  for (const [i, font] of (Array.isArray(t.fonts) ? (t.fonts as unknown[]) : []).entries()) {
    const f = (typeof font === 'object' && font !== null ? font : {}) as Partial<Record<keyof FontSpec, unknown>>;
    const where = `font ${i + 1} of the theme's fonts`;
    // What the entry says of itself, for the messages: without a family, not "(undefined)".
    const family = typeof f.family === 'string' && f.family !== '' ? f.family : undefined;
    const named = (...parts: unknown[]) => {
      const known = parts.filter((part) => part !== undefined);
      return known.length === 0 ? '' : ` (${known.map(String).join(', ')})`;
    };
    // At the entry's own line when it has one: its path may be made by a function (written
    // nowhere), and its family, or a file named twice, is written first at another entry. Looked
    // up only for a mistake: every template load checks its theme.
    const inEntry = (message: string, hint: string, near: string) => void problems.push({ ...(placeOfFontEntry(file, i, f.weight) ?? at(near)), message, hint });
    // satori draws each weight of a family with one font, the first: a second was never drawn,
    // not even for the characters the first lacks, which the check of characters counted it for.
    const familyWeight = `${String(family).toLowerCase()}\0${String(f.weight)}`;
    if (family !== undefined && familyWeights.has(familyWeight)) inEntry(`${where} is a second font of ${family} at weight ${String(f.weight)}: satori draws each weight of a family with one font, the first, so this one would never be drawn`, `To draw what the first lacks with it, give it a family name of its own ('${family} 2'): satori tries the other families for a character a family lacks.`, String(f.npm ?? f.file ?? family));
    familyWeights.add(familyWeight);
    if (family === undefined) inEntry(`${where} has no "family"`, "Give every font its family name, as fontFamily names it: { family: 'Pretendard GOV', weight: 400, npm: '…' }.", 'fonts');
    if (!(typeof f.weight === 'number' && f.weight % 100 === 0 && f.weight >= 100 && f.weight <= 900)) report(`${where}${named(family)} has weight ${JSON.stringify(f.weight)}: it must be one of 100, 200, … 900`, 'Write the weight the file is made in: 400 for Regular, 700 for Bold.', `weight: ${typeof f.weight === 'string' ? `'${f.weight}'` : String(f.weight)}`);
    // Both: one of them would be drawn without a word, and the other may be the font meant.
    if (typeof f.npm === 'string' && typeof f.file === 'string') report(`${where}${named(family, f.weight)} names two files, "npm" and "file": a font entry is one file`, 'Keep the one meant: "npm" for a file in an installed package, "file" for a file in fonts/.', `file: '${f.file}'`);
    if (typeof f.npm !== 'string' && typeof f.file !== 'string') inEntry(`${where}${named(family, f.weight)} names no file: it needs "npm" (a file in an installed package) or "file" (a file in fonts/)`, "For example: npm: 'pretendard-gov/dist/public/static/PretendardGOV-Regular.otf'.", family ?? 'fonts');
  }
  // The theme draws these before every heading and bullet, and after a continued title.
  for (const [group, keys] of [['markers', ['heading', 'bullet']], ['labels', ['continued']]] as const) {
    const values = t[group] as unknown;
    if (typeof values !== 'object' || values === null) {
      report(`${group} of the theme is ${JSON.stringify(values)}: it must be { ${keys.map((key) => `${key}: …`).join(', ')} }`, 'See templates/default/theme.ts.', `${group}:`);
      continue;
    }
    for (const key of keys) {
      const value = (values as Record<string, unknown>)[key];
      if (typeof value !== 'string') report(`${group}.${key} of the theme is ${value === undefined ? 'missing' : JSON.stringify(value)}: it must be a text (empty for none)`, group === 'markers' ? "Write the emoji or text drawn before every one, or '' for none: markers: { heading: '✔️', bullet: '🔹' }." : "Write the label of a slide that continues a case: labels: { continued: '(계속)' }.", `${group}:`);
    }
  }
  if (problems.length > 0) throw stop();
}

/** A whole number from `min` to `max`. */
function whole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The fit sizes and line budget: each a number, and the minimums within the sizes and readable. */
function checkFit(value: unknown, width: number, report: (message: string, hint: string, near?: string) => void): void {
  if (typeof value !== 'object' || value === null) {
    report(`the theme's fit is ${JSON.stringify(value)}: it must be { body, bodyMin, title, titleMin, titleMaxLines }`, 'See templates/default/theme.ts.', 'fit:');
    return;
  }
  const fit = value as Partial<Record<keyof ThemeCore['fit'], unknown>>;
  const sizes = ['body', 'bodyMin', 'title', 'titleMin'] as const;
  for (const key of sizes) {
    const size = fit[key];
    if (typeof size !== 'number' || !(size > 0)) report(`fit.${key} is ${size === undefined ? 'missing' : JSON.stringify(size)}: it must be a size in pixels, a number above 0`, 'Write the number alone, without "px" or quotes.', size === undefined ? 'fit:' : `${key}:`);
  }
  const titleMaxLines = fit.titleMaxLines;
  if (!whole(titleMaxLines, 1, 20)) report(`fit.titleMaxLines is ${JSON.stringify(titleMaxLines)}: it must be a whole number of lines, at least 1`, 'The default theme allows 3 lines.', 'titleMaxLines:');
  const { body, bodyMin, title, titleMin } = fit;
  if (typeof body !== 'number' || typeof bodyMin !== 'number' || typeof title !== 'number' || typeof titleMin !== 'number') return;
  const readable = readablePxAt(width);
  const scaled = width === 1080 ? '' : ` (${READABLE_PX} px on a 1080-wide slide, and this one is ${width} wide)`;
  if (bodyMin < readable) report(`fit.bodyMin is ${bodyMin} px, below the readable minimum of ${readable} px${scaled}`, `Raise fit.bodyMin to at least ${readable}.`, 'bodyMin');
  if (bodyMin > body) report(`fit.bodyMin (${bodyMin}) is larger than fit.body (${body})`, 'Make fit.bodyMin smaller than or equal to fit.body.', 'bodyMin');
  if (titleMin > title) report(`fit.titleMin (${titleMin}) is larger than fit.title (${title})`, 'Make fit.titleMin smaller than or equal to fit.title.', 'titleMin');
}
