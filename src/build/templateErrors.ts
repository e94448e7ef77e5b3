/**
 * Errors a template's own code throws — while its bundle loads, or while it draws a slide — as
 * the designer's mistakes: at the file, line and column of the first frame of the stack that
 * lies in the template folder, found through the template bundle's source map (see
 * workerBundle.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import { Script } from 'node:vm';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { byPlace, UserError, type Problem } from '../errors.ts';
import { preloadedTemplates } from '../compose/loadTemplates.ts';
import { templateFiles } from '../compose/templateDir.ts';
import { displayPath } from '../paths.ts';
import { nearestWord } from '../nearest.ts';
import { camelCase } from '../render/cssProperties.ts';
import { findLine, literal, shownAt, tagWithout, tagWritten, textIn, unknownNameGiven, withKeysWritten } from '../sourceText.ts';
import { watchingUnrepeatable, type Unrepeatable } from './unrepeatable.ts';
import { readWhole } from '../write/wholeFile.ts';

/** How long the top-level code of a template folder may run: a few milliseconds, normally. */
const LOAD_LIMIT_MS = 10_000;

/** The template bundles this thread has run, each with what its code read of the clock or Math.random as it ran. */
const ranBundles = new Map<string, Unrepeatable[]>();

/**
 * Run a template bundle, once a thread, which registers its modules for loadTemplates (see
 * preloadedTemplates). As a script with a time limit, as Node would run the file otherwise: the
 * main thread runs it to read the theme, and a loop at the top of a template file that never
 * ended held the build where not even Ctrl-C could stop it (a signal's handler waits for the
 * thread to be free). Gives what its top-level code read of the clock or Math.random (a theme
 * token set from today's date), each time it is asked.
 */
export function runTemplateBundle(bundle: string, dir: string): Unrepeatable[] {
  const ran = ranBundles.get(bundle);
  if (ran !== undefined) return ran;
  const read = runBundle(bundle, dir);
  ranBundles.set(bundle, read);
  return read;
}

/**
 * The template modules, by file, as the bundle makes them with the clock 400 days on and other
 * random numbers (see watchingUnrepeatable): for a template folder whose code read them as it
 * loaded, a slide drawn with both tells whether what it read shows. The registry of modules is
 * left as it was.
 */
export function modulesLoadedLater(bundle: string, dir: string): Map<string, Record<string, unknown>> {
  const registry = preloadedTemplates() ?? new Map<string, Record<string, unknown>>();
  const before = new Map(registry);
  try {
    runBundle(bundle, dir, { randoms: [] });
    return new Map(preloadedTemplates());
  } finally {
    registry.clear();
    for (const [file, module] of before) registry.set(file, module);
  }
}

function runBundle(bundle: string, dir: string, shifted?: { randoms: readonly number[] }): Unrepeatable[] {
  const scope = Symbol.for('cardnews.templateBundle');
  const holder = globalThis as Record<symbol, unknown>;
  const module = { exports: {} };
  holder[scope] = [module.exports, createRequire(bundle), module, bundle, path.dirname(bundle)];
  try {
    const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n}).apply(undefined, globalThis[Symbol.for('cardnews.templateBundle')]);`;
    return watchingUnrepeatable(() => new Script(wrapped, { filename: bundle }).runInThisContext({ timeout: LOAD_LIMIT_MS }), shifted).read;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw loadedTooLong(dir);
    throw templateError(error, bundle, dir, dir, 'the template cannot be loaded', 'Fix the template file and build again.');
  } finally {
    delete holder[scope];
  }
}

function loadedTooLong(dir: string): UserError {
  return new UserError([
    {
      place: { file: displayPath(dir), line: 0, col: 0 },
      message: `the template files did not finish loading in ${LOAD_LIMIT_MS / 1000} s: code outside their functions (at the top of theme.ts or a component's file) seems to run without end`,
      hint: 'Look for a loop whose condition never changes (while, for) outside the components, mend it and build again.',
    },
  ]);
}

/**
 * `what`: what went wrong, before the error's own message; `file`: where, if no frame says;
 * `known`: the names of the fields a template is given (see fieldNames in misspeltFields.ts),
 * to find a misspelt one.
 */
export function templateError(error: unknown, bundle: string, dir: string, file: string, what: string, hint: string, known?: ReadonlySet<string>): UserError {
  const at = templatePlace(error, bundle, dir) ?? stylePlace(error, dir, file) ?? refusedNamePlace(error, dir, file) ?? soughtPlace(error, dir, file, known) ?? tagPlace(error, dir);
  const message = error instanceof Error ? error.message : String(error);
  const shown = at === undefined ? { place: { file: displayPath(file), line: 0, col: 0 } } : shownAt({ file: at.file, line: at.line, col: at.col });
  const problem: Problem = {
    ...shown,
    message: `${what}: ${message}${at !== undefined && 'note' in at ? at.note : ''}`,
    hint: hookHint(message) ?? unquotedWordHint(message, shown.sourceLine) ?? REFUSED_HINTS[refusedName(message) ?? ''] ?? hint,
  };
  return new UserError([problem], { cause: error });
}

/** Every style satori did not draw as written (its own words for each), at the lines that write them. */
export function refusedStyles(messages: readonly string[], bundle: string, dir: string, file: string, kind: string): UserError {
  const what = `the ${kind} template has a style satori does not draw as written (it would draw the slide without it)`;
  const hint = 'Write a value satori takes (its words say which), or take the style out.';
  const problems = messages.flatMap((message) => templateError(new Error(message), bundle, dir, file, what, hint).problems);
  return new UserError([...problems].sort(byPlace));
}

/**
 * A React hook (`useState`, `useEffect` …) fails in a template as "Cannot read properties of null
 * (reading 'useState')": satori calls each component once, outside React's renderer, so there is
 * no state to keep and nothing to run after.
 */
function hookHint(message: string): string | undefined {
  const hook = /reading '(use[A-Z]\w*)'/.exec(message)?.[1] ?? (/Invalid hook call/.test(message) ? 'hooks' : undefined);
  if (hook === undefined) return undefined;
  return `React's ${hook} does not work in a template: satori calls each component once to draw a slide, with no state and no effects. Compute the value in the component instead.`;
}

/**
 * `page: white,` or `fontWeight: bold`, written as in CSS: JavaScript takes a word without quotes
 * for the name of something the code defines ("white is not defined").
 */
function unquotedWordHint(message: string, sourceLine: string | undefined): string | undefined {
  const name = /^(\w+) is not defined$/.exec(message)?.[1];
  if (name === undefined || sourceLine === undefined || !new RegExp(`:\\s*${name}\\b`).test(sourceLine)) return undefined;
  return `Write it in quotes, as a text: '${name}'. Without quotes, a word is the name of something the code defines, and nothing here is named ${name}.`;
}

/**
 * What satori refuses by its name: an SVG element ("<text> nodes are not currently supported,
 * please convert them to <path>", as `<text`) or a prop ("dangerouslySetInnerHTML property is not
 * supported").
 */
function refusedName(message: string): string | undefined {
  const tag = /^<(\w+)> nodes are not currently supported/.exec(message)?.[1];
  return tag !== undefined ? `<${tag}` : /^(\w+) property is not supported/.exec(message)?.[1];
}

const REFUSED_HINTS: Record<string, string> = {
  '<text': 'Write the text as an element beside the <svg> (it is then drawn and checked like the rest), or turn it into outlines (<path>) in a design tool.',
  dangerouslySetInnerHTML: 'satori draws elements, not HTML: write the HTML as elements (<b>문의</b> 02-…) in the component.',
};

/** satori names what it refuses, not where it is: the template folder's first place that writes it. */
function refusedNamePlace(error: unknown, dir: string, file: string): { file: string; line: number; col: number } | undefined {
  const name = refusedName(error instanceof Error ? error.message : '');
  if (name === undefined) return undefined;
  const written = new RegExp(`${literal(name)}(?![\\w-])`);
  const found = findLine(templateFiles(dir, file), (line) => written.exec(line)?.index);
  return found === undefined ? undefined : { file: found.file, line: found.line, col: found.col };
}

function templatePlace(error: unknown, bundle: string, dir: string): { file: string; line: number; col: number } | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  // The bundle's frames by its path as written: one with a space in it (a project in "카드 뉴스/")
  // was no frame to a pattern of paths without spaces, and the error had no line.
  const frames = [...stack.matchAll(new RegExp(`${literal(bundle)}:(\\d+):(\\d+)`, 'g'))];
  if (frames.length === 0) return undefined;
  const map = sourceMapOf(bundle);
  for (const [, line, col] of frames) {
    const entry = map?.findEntry(Number(line) - 1, Number(col) - 1);
    if (entry === undefined || !('originalSource' in entry)) continue;
    const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(bundle), entry.originalSource);
    // Frames in cardnews's own helpers (Words) are not where the designer can fix anything.
    if (source.startsWith(dir + path.sep)) return { file: source, line: entry.originalLine + 1, col: entry.originalColumn + 1 };
  }
  return undefined;
}

/**
 * A style satori refuses: no frame of its stack is the template's, but its message quotes the
 * property and the value (`Invalid value for CSS property "display" … Received: "table"`): the
 * line of the template folder that writes both (the value quoted, or a number written bare, or
 * the value inside a longer text), the component file first. Templates write properties in
 * camelCase.
 */
function stylePlace(error: unknown, dir: string, file: string): { file: string; line: number; col: number } | undefined {
  const refused = refusedStyle(error instanceof Error ? error.message : '');
  if (refused === undefined) return undefined;
  const { property, value } = refused;
  // …or written bare, a number where a word goes (`position: 0`).
  const bare = property === undefined ? undefined : new RegExp(`\\b${property}\\s*:\\s*(${literal(value)})(?![\\w.])`, 'd');
  const files = templateFiles(dir, file);
  const withProperty = (match: (line: string) => number | undefined) => findLine(files, (line) => (property === undefined || line.includes(property) ? match(line) : undefined));
  const found =
    withProperty((line) => [`'${value}'`, `"${value}"`].map((quoted) => line.indexOf(quoted)).find((col) => col >= 0) ?? bare?.exec(line)?.indices?.[1]?.[0]) ??
    withProperty(textIn(value)) ??
    // A value the template puts together (`linear-gradient(${…})`): the function it calls.
    (/^[\w-]+\(/.test(value) ? withProperty(textIn(/^[\w-]+\(/.exec(value)?.[0] ?? value)) : undefined) ??
    withProperty(templateLiteralOf(value));
  return found === undefined ? undefined : { file: found.file, line: found.line, col: found.col };
}

/**
 * Where a line writes `value` as a template literal (`\`1e9 ${gap}px\`` for "1e9 8px"): its
 * text around each `${…}` as written, anything in their place. The value satori names is
 * the literal's outcome, which no line shows as such.
 */
function templateLiteralOf(value: string): (line: string) => number | undefined {
  return (line) => {
    for (const match of line.matchAll(/`((?:[^`\\$]|\\.|\$(?!\{))*(?:\$\{[^}]*\}(?:[^`\\$]|\\.|\$(?!\{))*)+)`/g)) {
      const parts = (match[1] ?? '').split(/\$\{[^}]*\}/);
      if (new RegExp(`^${parts.map(literal).join('.+?')}$`, 's').test(value)) return match.index;
    }
    return undefined;
  };
}

/** The property (camelCase, when the message names it) and the value of a refusal, in each of satori's wordings. */
function refusedStyle(message: string): { property?: string; value: string } | undefined {
  const pair = /in CSS rule `([\w-]+): ([^`]+)`/.exec(message) ?? /(?:Expected style|Failed to parse declaration) "([\w-]+): ([^"]+)"/.exec(message) ?? /Invalid `([\w-]+)` value: "([^"]+)"/.exec(message) ?? /(?<=in )(transform) function "([^"]+)"/.exec(message);
  if (pair?.[1] !== undefined && pair[2] !== undefined) return { property: camelCase(pair[1]), value: pair[2] };
  const value = (/Received: "([^"]+)"/.exec(message) ?? /(?:property "[\w-]+"|Invalid value|Invalid background image): "([^"]+)"/.exec(message) ?? /Invalid value "([^"]+)"/.exec(message) ?? /CSS variable: (--[\w-]+)/.exec(message))?.[1];
  if (value === undefined) return undefined;
  const property = /(?:CSS property|for) "([\w-]+)"/.exec(message)?.[1] ?? (/in transform function/.test(message) ? 'transform' : undefined);
  return property === undefined ? { value } : { property: camelCase(property), value };
}

/**
 * An error that says what to look for in the template (`seek`: cardnews's <Words> naming a prop
 * it does not have, `lineHeght=`, a value as it may be written, in the order to look, or a
 * <Words> given no text): the first place of the template
 * folder that writes it. A <Words> that has its text prop but got nothing was given a field
 * that does not exist (`text={props.titel}`): the first such value, with the name meant.
 */
function soughtPlace(error: unknown, dir: string, file: string, known?: ReadonlySet<string>): { file: string; line: number; col: number; note?: string } | undefined {
  const seek: unknown = typeof error === 'object' && error !== null && 'seek' in error ? error.seek : undefined;
  const files = templateFiles(dir, file);
  if (typeof seek === 'string') return findLine(files, textIn(seek));
  if (Array.isArray(seek)) return seek.map((text) => findLine(files, textIn(String(text)))).find((place) => place !== undefined);
  if (!isTagSought(seek)) return undefined;
  const found = tagWithout(files, seek.tag, seek.without);
  if (found !== undefined || known === undefined) return found;
  const names = withKeysWritten(known, files);
  const misspelt = unknownNameGiven(files, seek.tag, seek.without, names);
  if (misspelt === undefined) return undefined;
  const meant = nearestWord(misspelt.name, [...names]);
  return { ...misspelt, note: `: "${misspelt.name}" is no field the template is given${meant === undefined ? '' : ` (did you mean "${meant}"?)`}` };
}

/**
 * The place of the <Words> tag an error is about, as the template's JSX gave it (see
 * jsxDevRuntime.ts): its text was nothing though the tag writes it (`text={props.award}` on a
 * case without an award), which no text in the files shows.
 */
function tagPlace(error: unknown, dir: string): { file: string; line: number; col: number } | undefined {
  const at: unknown = typeof error === 'object' && error !== null && 'writtenAt' in error ? error.writtenAt : undefined;
  if (typeof at !== 'object' || at === null || !('fileName' in at && 'lineNumber' in at && 'columnNumber' in at)) return undefined;
  const { fileName, lineNumber, columnNumber } = at;
  if (typeof fileName !== 'string' || typeof lineNumber !== 'number' || typeof columnNumber !== 'number') return undefined;
  return tagWritten({ fileName, lineNumber, columnNumber }, dir);
}

function isTagSought(seek: unknown): seek is { tag: string; without: string } {
  return typeof seek === 'object' && seek !== null && 'tag' in seek && 'without' in seek && typeof seek.tag === 'string' && typeof seek.without === 'string';
}

const maps = new Map<string, SourceMap | undefined>();

function sourceMapOf(bundle: string): SourceMap | undefined {
  if (!maps.has(bundle)) {
    const inline = /\/\/# sourceMappingURL=data:application\/json;base64,(\S+)\s*$/.exec(readWhole(bundle)?.toString('utf8') ?? '');
    maps.set(bundle, inline?.[1] === undefined ? undefined : new SourceMap(JSON.parse(Buffer.from(inline[1], 'base64').toString('utf8')) as ConstructorParameters<typeof SourceMap>[0]));
  }
  return maps.get(bundle);
}
