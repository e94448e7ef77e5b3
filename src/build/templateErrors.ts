/**
 * Errors a template's own code throws — while its bundle loads, or while it draws a slide — as
 * the designer's mistakes: at the file, line and column of the first frame of the stack that
 * lies in the template folder, found through the template bundle's source map (see
 * workerBundle.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError, withSourceLine, type Problem } from '../errors.ts';
import { componentDeclaration, templateFiles } from '../compose/templateDir.ts';
import { displayPath } from '../paths.ts';
import { isFallbackFamily } from '../render/fonts.ts';
import { namesOf } from '../render/templateTree.ts';
import { findLine, placeOfText } from '../sourceText.ts';

/** Run a template bundle, which registers its modules for loadTemplates (see preloadedTemplates). */
export function runTemplateBundle(bundle: string, dir: string): void {
  try {
    // require(), not import(): a worker's code comes from V8's code cache, where Node cannot run import().
    createRequire(import.meta.url)(bundle);
  } catch (error) {
    throw templateError(error, bundle, dir, dir, 'the template cannot be loaded', 'Fix the template file and build again.');
  }
}

/** `what`: what went wrong, before the error's own message; `file`: where, if no frame says. */
export function templateError(error: unknown, bundle: string, dir: string, file: string, what: string, hint: string): UserError {
  const at = templatePlace(error, bundle, dir) ?? stylePlace(error, dir, file);
  const problem: Problem = {
    place: { file: displayPath(at?.file ?? file), line: at?.line ?? 0, col: at?.col ?? 0 },
    message: `${what}: ${error instanceof Error ? error.message : String(error)}`,
    hint,
  };
  return new UserError([at === undefined ? problem : withSourceLine(problem, readFileSync(at.file, 'utf8').split(/\r?\n/))], { cause: error });
}

function templatePlace(error: unknown, bundle: string, dir: string): { file: string; line: number; col: number } | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const frames = [...stack.matchAll(/\(?(\/[^():\s]+):(\d+):(\d+)\)?$/gm)].filter((m) => m[1] === bundle);
  if (frames.length === 0) return undefined;
  const map = sourceMapOf(bundle);
  for (const [, , line, col] of frames) {
    const entry = map?.findEntry(Number(line) - 1, Number(col) - 1);
    if (entry === undefined || !('originalSource' in entry)) continue;
    const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(bundle), entry.originalSource);
    // Frames in cardnews's own helpers (Words) are not where the designer can fix anything.
    if (source.startsWith(dir + path.sep)) return { file: source, line: entry.originalLine + 1, col: entry.originalColumn + 1 };
  }
  return undefined;
}

/**
 * A style satori refuses throws from satori's own code, so no frame is the template's; but its
 * message quotes the property and the value (`Invalid value for CSS property "display" …
 * Received: "table"`): the line of the template folder that writes both, the component file
 * first. Templates write properties in camelCase.
 */
function stylePlace(error: unknown, dir: string, file: string): { file: string; line: number; col: number } | undefined {
  const message = error instanceof Error ? error.message : '';
  const property = /CSS property "([\w-]+)"/.exec(message)?.[1]?.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const value = (/Received: "([^"]+)"/.exec(message) ?? /(?:property "[\w-]+"|Invalid value): "([^"]+)"/.exec(message))?.[1];
  if (value === undefined) return undefined;
  const found = findLine(templateFiles(dir, file), (line) => {
    if (property !== undefined && !line.includes(property)) return undefined;
    return [`'${value}'`, `"${value}"`].map((quoted) => line.indexOf(quoted)).find((col) => col >= 0);
  });
  return found === undefined ? undefined : { file: found.file, line: found.line, col: found.col };
}

/**
 * An image a template draws from outside the templates (a URL, a file path): cardnews works
 * offline, and satori would fetch it or draw nothing. Placed at the line that writes it.
 */
export function remoteImageError(kind: string, source: string, dir: string, file: string): UserError {
  return new UserError([{
    ...placeOfText(templateFiles(dir, file), source),
    message: `the ${kind} template draws an image from ${source}, which cardnews does not fetch: it works offline`,
    hint: "Put the image file (.png, .jpg or .svg) into the template folder and import it: import logo from './logo.png'; then <img src={logo} …/>.",
  }]);
}

/**
 * A fontFamily that names no font the theme loads: satori would draw it in the first font it
 * has. Placed at the line that writes it.
 */
export function unknownFamilyError(family: string, loaded: readonly string[], dir: string, file: string): UserError {
  const first = namesOf(family)[0] ?? family;
  const themeFamilies = loaded.filter((name) => !isFallbackFamily(name));
  return new UserError([{
    ...placeOfText(templateFiles(dir, file), first),
    message: `fontFamily "${family}" names none of the theme's fonts (${themeFamilies.join(', ')}): satori would draw that text in ${themeFamilies[0] ?? 'another font'} instead`,
    hint: 'Add the font to the theme\'s "fonts" (see "Fonts" in the README), or write one of those names.',
  }]);
}

/**
 * A fontWeight the family has no font for: satori would draw the nearest weight it has. Placed
 * at the line that writes that weight (a <b> or 'bold' asks for 700).
 */
export function missingWeightError(kind: string, { weight, family }: { weight: number; family: string }, loaded: readonly number[], dir: string, file: string): UserError {
  const files = templateFiles(dir, file);
  const written = placeOfText(files, `fontWeight: ${weight}`);
  const weights = [...loaded].sort((a, b) => a - b).join(', ');
  return new UserError([{
    ...(written.place.line > 0 ? written : placeOfText(files, 'fontWeight')),
    message: `the ${kind} template sets fontWeight ${weight}, but the theme loads ${family} only in ${weights}: satori would draw that text in the nearest of those instead`,
    hint: `Add the ${family} font of weight ${weight} to the theme's fonts (see "Fonts" in the README), or write one of ${weights}.`,
  }]);
}

/** Italic asked for (fontStyle, or an <i> or <em>): no theme font is italic. Placed where it is written. */
export function italicError(kind: string, written: string, dir: string, file: string): UserError {
  return new UserError([{
    ...placeOfText(templateFiles(dir, file), written.startsWith('<') ? written.slice(0, -1) : 'fontStyle'),
    message: `the ${kind} template asks for italic text (${written}), but cardnews loads no italic fonts: satori would draw it upright`,
    hint: 'Take it out, and show emphasis with a weight or a colour the theme has.',
  }]);
}

/** A component that returned nothing to draw (null, false): placed at its declaration. */
export function emptySlideError(kind: string, file: string): UserError {
  return new UserError([{
    ...componentDeclaration(file),
    message: `the ${kind} template drew nothing: its component returned null (or false) for a slide`,
    hint: 'Return the slide from the component (its <Page> or <div>) for every slide; a part that may be missing can return null, the slide cannot.',
  }]);
}

/**
 * An object where text or elements go. React keeps no line for it, but its keys say what it is
 * (`named`: the names a template gives the props with those keys, such as frame): placed at the
 * first `{frame}` (or `{props.frame}`) written as a child, when there is one.
 */
export function objectChildError(kind: string, keys: readonly string[], named: readonly string[], dir: string, file: string): UserError {
  const fields = keys.length > 0 ? ` (with the fields ${keys.join(', ')})` : '';
  // A child, not an attribute's value (frame={frame}).
  const child = named.length === 0 ? undefined : new RegExp(`(?<![=\\w\\s])\\s*\\{\\s*(?:[\\w$]+\\.)*(?:${named.join('|')})\\s*\\}`);
  const found = child === undefined ? undefined : findLine(templateFiles(dir, file), (line) => {
    const match = child.exec(line);
    return match === null ? undefined : match.index + match[0].indexOf('{');
  });
  return new UserError([{
    ...(found !== undefined ? { place: { file: displayPath(found.file), line: found.line, col: found.col }, sourceLine: found.sourceLine } : { place: { file: displayPath(file), line: 0, col: 0 } }),
    message: `the ${kind} template puts an object${fields} where text or elements go`,
    hint: `Write the field that is meant, not the whole object: {x.${keys[0] ?? 'field'}} rather than {x}.`,
  }]);
}

/** A style that cuts text short to fit: placed at the line that writes the property. */
export function truncatingError(kind: string, [property, value]: readonly [string, string], dir: string, file: string): UserError {
  return new UserError([{
    ...placeOfText(templateFiles(dir, file), property),
    message: `the ${kind} template sets ${property}: ${value}, with which satori would cut a text that does not fit short ("…") without saying so`,
    hint: `Take ${property} out: cardnews never cuts text; a text that does not fit is reported with its place in the deck.`,
  }]);
}

/** A class name, which satori ignores: placed at the line that writes it. */
export function classNameError(kind: string, className: string, dir: string, file: string): UserError {
  return new UserError([{
    ...placeOfText(templateFiles(dir, file), className),
    message: `the ${kind} template gives an element className="${className}", which satori ignores: it draws only the styles in style={{ … }}`,
    hint: 'Write those styles into the element\'s style={{ … }} (values shared by several elements can go into theme.ts) and take className out.',
  }]);
}

/** An <img> or <svg> with neither width nor height: placed at the first such tag of the slide's template files. */
export function unsizedImageError(kind: string, tag: 'img' | 'svg', dir: string, file: string): UserError {
  return new UserError([{
    ...placeOfText(templateFiles(dir, file), `<${tag}`),
    message: `the ${kind} template draws an <${tag}> with neither a width nor a height: satori then lays out the boxes around it wrongly (they collapse), without a word`,
    hint: `Give it a width or a height; the other follows the picture's proportions: ${tag === 'img' ? '<img src={logo} width={120} />' : '<svg viewBox="0 0 24 24" width={40}>'}.`,
  }]);
}

const maps = new Map<string, SourceMap | undefined>();

function sourceMapOf(bundle: string): SourceMap | undefined {
  if (!maps.has(bundle)) {
    const inline = /\/\/# sourceMappingURL=data:application\/json;base64,(\S+)\s*$/.exec(readFileSync(bundle, 'utf8'));
    maps.set(bundle, inline?.[1] === undefined ? undefined : new SourceMap(JSON.parse(Buffer.from(inline[1], 'base64').toString('utf8')) as ConstructorParameters<typeof SourceMap>[0]));
  }
  return maps.get(bundle);
}
