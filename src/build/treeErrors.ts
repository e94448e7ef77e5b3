/**
 * The messages for what a template's element tree asks of satori that satori would quietly get
 * wrong (see render/templateTree.ts), each placed at the template line that asks it; those
 * about fonts are in fontErrors.ts.
 */
import { readFileSync } from 'node:fs';
import { byPlace, UserError, type Problem } from '../errors.ts';
import { componentDeclaration, templateFiles } from '../compose/templateDir.ts';
import type { Slide } from '../plan/slides.ts';
import { nearestWord } from '../nearest.ts';
import { camelCase, cssPropertyNames } from '../render/cssProperties.ts';
import { FIT_MARKS } from '../compose/templateTypes.ts';
import { asWritten } from '../compose/words.ts';
import type { CheckedTree } from '../render/checkedTree.ts';
import { badColourError, faintEmojiError, faintTextError } from './colourErrors.ts';
import { habitError } from './habitErrors.ts';
import { italicError, missingWeightError, unknownFamilyError, unreadWeightErrors } from './fontErrors.ts';
import { nonValueError } from './styleValueErrors.ts';
import { literal, placeOfText, placesWhere, placeWhere, unknownChainAfter, withKeysWritten } from '../sourceText.ts';
import type { Task } from './tasks.ts';
import { DRAWN_IMAGE_ENDINGS } from './imageKinds.ts';

/**
 * Every mistake a checked tree shows, as the user's error; undefined when it has none. `known`:
 * the names of the fields a template is given (see fieldNames in misspeltFields.ts).
 */
export function treeError(checked: CheckedTree, slide: Slide, frame: Task['frame'], families: ReadonlyMap<string, ReadonlySet<number>>, known: ReadonlySet<string>, dir: string, file: string): UserError | undefined {
  const { kind } = slide;
  const problems: Problem[] = [];
  for (const source of checked.remotes ?? []) problems.push(remoteImageError(kind, source, dir, file));
  for (const family of checked.unknownFamilies ?? []) problems.push(unknownFamilyError(family, [...families.keys()], dir, file));
  for (const written of checked.italics ?? []) problems.push(italicError(kind, written, dir, file));
  for (const written of checked.lists ?? []) problems.push(listError(kind, written, dir, file));
  for (const written of checked.textStyles ?? []) problems.push(textStyleError(kind, written, dir, file));
  for (const mark of checked.unknownMarks ?? []) problems.push(unknownMarkError(kind, mark, dir, file));
  for (const colour of checked.badColours ?? []) problems.push(badColourError(kind, colour, dir, file));
  for (const missing of checked.missingWeights ?? []) problems.push(...missingWeightError(kind, missing, families, dir, file));
  for (const written of checked.unreadWeights ?? []) problems.push(...unreadWeightErrors(kind, written, families, dir, file));
  for (const habit of checked.habits ?? []) problems.push(habitError(kind, habit, dir, file));
  if (checked.objectChild !== undefined) problems.push(objectChildError(kind, checked.objectChild, namesOfObject(checked.objectChild, slide, frame), dir, file));
  if (checked.functionChild !== undefined) problems.push(functionChildError(kind, checked.functionChild, dir, file));
  for (const style of checked.truncating ?? []) problems.push(truncatingError(kind, style, dir, file));
  for (const style of checked.ignored ?? []) problems.push(ignoredStyleError(kind, style, dir, file));
  for (const className of checked.classNames ?? []) problems.push(...classNameErrors(kind, className, dir, file));
  for (const property of checked.unknownProperties ?? []) problems.push(unknownPropertyError(kind, property, dir, file));
  for (const nonValue of checked.nonValues ?? []) problems.push(nonValueError(kind, nonValue, dir, file));
  for (const [property, name] of checked.unsetVariables ?? []) problems.push(unsetVariableError(kind, property, name, dir, file));
  for (const pair of checked.faint ?? []) problems.push(faintTextError(kind, pair, dir, file));
  for (const drawn of checked.faintEmoji ?? []) {
    const problem = faintEmojiError(kind, drawn, dir, file);
    if (problem !== undefined) problems.push(problem);
  }
  if (checked.unsizedImage !== undefined) problems.push(unsizedImageError(kind, checked.unsizedImage, dir, file));
  if (checked.imageComponent === true) problems.push(imageComponentError(kind, dir, file));
  for (const property of checked.undefinedStyles ?? []) problems.push(...noSuchFieldErrors(kind, `(?<![\\w$])${property}\\s*:\\s*`, (chain) => `sets ${property} to ${chain}`, 'satori would skip the style and draw the element without it', known, dir, file));
  if (checked.undefinedChild === true) problems.push(...noSuchFieldErrors(kind, '(?<![=\\w$])\\{\\s*', (chain) => `writes {${chain}}`, 'satori would draw nothing there', known, dir, file));
  // satori fails on an empty tree deep inside, with "Cannot read properties of undefined".
  // A text alone it draws as nothing: a transparent slide, without a word.
  if (checked.tree === null || ['undefined', 'boolean', 'string', 'number'].includes(typeof checked.tree)) problems.push(emptySlideError(kind, file, checked.tree));
  // …and on a list of elements, with "Cannot destructure property 'children'".
  if (Array.isArray(checked.tree)) problems.push({ ...componentDeclaration(file), message: `the ${kind} template's component returned a list of elements, not one`, hint: 'Return one element that holds them all: its <Page>, or a <div>.' });
  return problems.length === 0 ? undefined : new UserError(problems.sort(byPlace));
}

/** What the default templates call the slide's objects with these keys: frame, props, size, section. */
function namesOfObject(keys: readonly string[], slide: Slide, frame: Task['frame']): string[] {
  const same = (value: unknown) => typeof value === 'object' && value !== null && Object.keys(value).join() === keys.join();
  const candidates: [string, unknown][] = [['frame', frame], ['props', slide.props]];
  if (slide.kind === 'case') candidates.push(['size', slide.props.size], ...slide.props.sections.map((section): [string, unknown] => ['section', section]));
  return [...new Set(candidates.filter(([, value]) => same(value)).map(([name]) => name))];
}

/**
 * An image a template draws from outside the templates (a URL, a file path): cardnews works
 * offline, and satori would fetch it or draw nothing. Placed at the line that writes it.
 */
function remoteImageError(kind: string, source: string, dir: string, file: string): Problem {
  return {
    ...placeOfText(templateFiles(dir, file), source),
    message: `the ${kind} template draws an image from ${source}, which cardnews does not fetch: it works offline`,
    hint: "Put the image file (.png, .jpg, .gif or .svg) into the template folder and import it: import logo from './logo.png'; then <img src={logo} …/>.",
  };
}

/** An HTML list (<ul>, <li>): satori fails on it in a slide's font. Placed where it is written. */
function listError(kind: string, written: string, dir: string, file: string): Problem {
  return {
    ...placeOfText(templateFiles(dir, file), written.slice(0, -1)),
    message: `the ${kind} template draws an HTML list (${written}), which satori cannot draw in a font the theme sets: it fails with "g.split is not a function"`,
    hint: "Draw each item as a row of its own: a <div> with display: 'flex' holding its marker and its <Words>, as Case.tsx draws bullets.",
  };
}

/**
 * A style written as CSS text, as HTML writes it: satori reads a style object only. Placed at the
 * `style=` that writes it, with the object to write instead.
 */
function textStyleError(kind: string, written: string, dir: string, file: string): Problem {
  const files = templateFiles(dir, file);
  const at = placeWhere(files, (line) => ['"', "'", '{"', "{'", '{`'].map((quote) => line.indexOf(`style=${quote}${written}`)).find((col) => col >= 0));
  return {
    ...(at.place.line > 0 ? at : placeOfText(files, written)),
    message: `the ${kind} template writes a style as a text, as HTML does (style="${written}"): satori reads a style only as an object, and would draw the element without it`,
    hint: `Write it as JSX does: style={{ ${styleObject(written)} }}.`,
  };
}

/** CSS declarations as the keys and values of a JSX style: `padding: 40px` is `padding: 40`. */
function styleObject(css: string): string {
  return css
    .split(';')
    .flatMap((declaration) => {
      const colon = declaration.indexOf(':');
      if (colon < 0) return [];
      const value = declaration.slice(colon + 1).trim();
      const pixels = /^(-?\d+(?:\.\d+)?)(?:px)?$/.exec(value)?.[1];
      return [`${camelCase(declaration.slice(0, colon).trim())}: ${pixels ?? `'${value.replace(/'/g, '"')}'`}`];
    })
    .join(', ');
}

/** A data-fit mark the build does not measure by (a misspelt "frames"): placed where it is written. */
function unknownMarkError(kind: string, mark: string, dir: string, file: string): Problem {
  const files = templateFiles(dir, file);
  const forms = [`"${mark}"`, `'${mark}'`, `{'${mark}'}`, `{"${mark}"}`].flatMap((value) => [`data-fit=${value}`, `fit=${value}`]);
  const at = placeWhere(files, (line) => forms.map((form) => line.indexOf(form)).find((col) => col >= 0));
  // <Words fit="…"> passes its mark on as data-fit.
  const prop = at.sourceLine?.slice(at.place.col - 1).startsWith('fit=') === true ? 'fit' : 'data-fit';
  const meant = nearestWord(mark, FIT_MARKS);
  return {
    ...(at.place.line > 0 ? at : placeOfText(files, mark)),
    message: `the ${kind} template marks a box ${prop}="${mark}", which is none of the marks the build measures slides by (${FIT_MARKS.join(', ')})`,
    hint: meant !== undefined ? `Did you mean ${prop}="${meant}"?` : 'Write one of those marks, or take it out (see "Templates and the theme" in the README).',
  };
}

/** A component that returned nothing to draw (null, false, or a text alone): placed at its declaration. */
function emptySlideError(kind: string, file: string, returned: unknown): Problem {
  const text = typeof returned === 'string' || typeof returned === 'number' ? asWritten(String(returned)) : undefined;
  return {
    ...componentDeclaration(file),
    message: `the ${kind} template drew nothing: its component returned ${text === undefined ? 'null (or false) for a slide' : `a text (${JSON.stringify(text.slice(0, 40))}), not an element, and satori draws a text alone as nothing`}`,
    hint: text === undefined
      ? 'Return the slide from the component (its <Page> or <div>) for every slide; a part that may be missing can return null, the slide cannot.'
      : 'Return the slide as an element (its <Page>, or a <div>) with the text inside it, in a <Words> as the other templates write text.',
  };
}

/**
 * An object where text or elements go. React keeps no line for it, but its keys say what it is
 * (`named`: the names a template gives the props with those keys, such as frame): placed at the
 * first `{frame}` (or `{props.frame}`) written as a child, when there is one.
 */
function objectChildError(kind: string, keys: readonly string[], named: readonly string[], dir: string, file: string): Problem {
  const fields = keys.length > 0 ? ` (with the fields ${keys.join(', ')})` : '';
  return {
    ...childPlace(named, dir, file),
    message: `the ${kind} template puts an object${fields} where text or elements go`,
    hint: `Write the field that is meant, not the whole object: {x.${keys[0] ?? 'field'}} rather than {x}.`,
  };
}

/** A function where text or elements go: placed by its name at the first `{label}` written as a child, or, without one, where it is written. */
function functionChildError(kind: string, name: string, dir: string, file: string): Problem {
  const message = `the ${kind} template puts a function where text or elements go`;
  if (name !== '') return { ...childPlace([name], dir, file), message, hint: `Call it ({${name}()} rather than {${name}}), or write the element itself.` };
  // One without a name is written there: `{() => '감사합니다'}`, `{function () { … }}`.
  return {
    ...placeWhere(templateFiles(dir, file), (line) => ANONYMOUS_CHILD.exec(line)?.index),
    message,
    hint: "Write what it gives rather than the function ({'감사합니다'} rather than {() => '감사합니다'}), or call it.",
  };
}

/** A function written as a child: `{` (not an attribute's `={`), then an arrow function or `function`. */
const ANONYMOUS_CHILD = /(?<![=\w$])\{(?=\s*(?:async\s+)?(?:\([^()]*\)|[\w$]+)\s*=>|\s*(?:async\s+)?function\b)/;

/** The first `{name}` (or `{x.name}`) of the template files written as a child, not as an attribute's value (frame={frame}). */
function childPlace(names: readonly string[], dir: string, file: string): Pick<Problem, 'place' | 'sourceLine'> {
  const child = new RegExp(`(?<![=\\w\\s])\\s*\\{\\s*(?:[\\w$]+\\.)*(?:${names.join('|')})\\s*\\}`);
  return placeWhere(templateFiles(dir, file), (line) => {
    const match = names.length === 0 ? null : child.exec(line);
    return match === null ? undefined : match.index + match[0].indexOf('{');
  });
}

/** A style that cuts text short to fit: placed at the line that writes the property. */
function truncatingError(kind: string, [property, value]: readonly [string, string], dir: string, file: string): Problem {
  return {
    ...placeOfText(templateFiles(dir, file), property),
    message: `the ${kind} template sets ${property}: ${value}, with which satori would cut a text that does not fit short ("…") without saying so`,
    hint: `Take ${property} out: cardnews never cuts text; a text that does not fit is reported with its place in the deck.`,
  };
}

function ignoredStyleError(kind: string, [property, value, hint]: readonly [string, string, string], dir: string, file: string): Problem {
  return {
    ...placeOfText(templateFiles(dir, file), property),
    message: `the ${kind} template sets ${property}: ${value}, which satori does not draw: the slide would come out as if it were not written`,
    hint,
  };
}

/** A class name, which satori ignores: placed at every line that gives it (or at the first line that has it). */
function classNameErrors(kind: string, className: string, dir: string, file: string): Problem[] {
  const files = templateFiles(dir, file);
  // The whole value of a class or className attribute ("card" is not the "card" of "card-body").
  const attribute = new RegExp(`\\bclass(?:Name)?\\s*=\\s*\\{?\\s*(["'\`])${literal(className)}\\1`);
  const given = placesWhere(files, (line) => {
    const match = attribute.exec(line);
    return match === null ? undefined : match.index + match[0].length - className.length - 1;
  });
  return (given.length > 0 ? given : [placeOfText(files, className)]).map((written) => ({
    ...written,
    message: `the ${kind} template gives an element className="${className}", which no <style> element of the slide styles: satori would draw the element without styles`,
    hint: 'Write those styles into the element\'s style={{ … }} (values shared by several elements can go into theme.ts) and take className out, or style the class in a <style> element of the component.',
  }));
}

/** A style key that is no CSS property, which satori skips: placed at the line that writes it. */
function unknownPropertyError(kind: string, property: string, dir: string, file: string): Problem {
  const meant = nearestWord(property, [...cssPropertyNames()], 2);
  return {
    ...placeOfText(templateFiles(dir, file), property),
    message: `the ${kind} template's style has "${property}", which is not a CSS property: satori skips it, and draws the element without it`,
    hint: meant !== undefined ? `Did you mean "${meant}"?` : property.includes('-') ? 'Write a CSS property as CSS names it, or take it out.' : 'Write a CSS property in camelCase (background-color is backgroundColor), or take it out.',
  };
}

/** A var() that nothing sets, with no fallback: placed where it is written for the property. */
function unsetVariableError(kind: string, property: string, name: string, dir: string, file: string): Problem {
  const files = templateFiles(dir, file);
  const used = new RegExp(`var\\(\\s*${name}\\s*\\)`, 'd');
  const at = placeWhere(files, (line) => (line.includes(property) ? used.exec(line)?.index : undefined));
  return {
    ...(at.place.line > 0 ? at : placeOfText(files, name)),
    message: `the ${kind} template's ${property} uses var(${name}), which neither the element nor one around it sets: satori would draw it without ${property}`,
    hint: `Set '${name}' in the style of this element or one around it, give it a value to fall back on (var(${name}, …)), or use the theme's value instead.`,
  };
}

/**
 * A style or a child that came out without a value, placed at every line where the template
 * writes it (`before`: what comes before the value) as a field that does not exist: a misspelt
 * token or prop under a name misspeltFields.ts does not follow (`palette.accnt`, `p.titel`). A
 * value that is undefined on purpose is never written so, and is not found.
 */
function noSuchFieldErrors(kind: string, before: string, does: (chain: string) => string, effect: string, known: ReadonlySet<string>, dir: string, file: string): Problem[] {
  const found = new Map<string, { chain: string; name: string }>();
  const files = templateFiles(dir, file);
  const names = withKeysWritten(known, files);
  const places = placesWhere(files, (line) => {
    const chain = unknownChainAfter(line, before, names);
    if (chain !== undefined) found.set(line, chain);
    return chain?.col;
  });
  return places.map((place) => {
    const { chain, name } = found.get(place.sourceLine ?? '') ?? { chain: '', name: '' };
    const meant = nearestWord(name, [...names]);
    return {
      ...place,
      message: `the ${kind} template ${does(chain)}, which does not exist ("${name}" is no field the template is given): ${effect}`,
      hint: meant !== undefined ? `Did you mean "${meant}"?` : 'Write the name of a field that exists (the theme\'s are in theme.ts).',
    };
  });
}

/** An imported image written as a component: placed at the first element named as an image's import is. */
function imageComponentError(kind: string, dir: string, file: string): Problem {
  const files = templateFiles(dir, file);
  const endings = DRAWN_IMAGE_ENDINGS.map((ending) => literal(ending.slice(1))).join('|');
  const importing = new RegExp(`import\\s+([A-Za-z_$][\\w$]*)\\s+from\\s*['"][^'"]+\\.(?:${endings})(?:[?#][^'"]*)?['"]`, 'gi');
  const names = [...new Set(files.flatMap((f) => Array.from(readFileSync(f, 'utf8').matchAll(importing), (match) => match[1] ?? '')))];
  const element = new RegExp(`<(${names.map(literal).join('|')})(?=[\\s/>])`);
  const at = placeWhere(files, (line) => (names.length === 0 ? undefined : element.exec(line)?.index));
  const name = (at.sourceLine === undefined ? undefined : element.exec(at.sourceLine)?.[1]) ?? 'Logo';
  return {
    ...at,
    message: `the ${kind} template writes an imported image as a component (<${name} />): the import is the picture, not a component, and satori would draw nothing there`,
    hint: `Draw it with an <img>: <img src={${name}} width={60} height={60} />.`,
  };
}

/** An <img> or <svg> with neither width nor height: placed at the first such tag of the slide's template files. */
function unsizedImageError(kind: string, tag: 'img' | 'svg', dir: string, file: string): Problem {
  return {
    ...placeOfText(templateFiles(dir, file), `<${tag}`),
    message: `the ${kind} template draws an <${tag}> with neither a width nor a height: satori then lays out the boxes around it wrongly (they collapse), without a word`,
    hint: `Give it a width or a height; the other follows the picture's proportions: ${tag === 'img' ? '<img src={logo} width={120} />' : '<svg viewBox="0 0 24 24" width={40}>'}.`,
  };
}
