/**
 * The messages for habits of React, HTML, CSS and web pages that satori draws wrong or not at
 * all, and for template code that would not draw the same slide twice: each placed at the first
 * line of the template's files that has it (see Habit in render/checkedTree.ts).
 */
import type { Problem } from '../errors.ts';
import { templateFiles } from '../compose/templateDir.ts';
import type { Habit } from '../render/checkedTree.ts';
import { placeWhere } from '../sourceText.ts';

/** A habit of React or HTML satori cannot draw, at the first line of the template folder that has it, its component file first. */
export function habitError(kind: string, habit: Habit, dir: string, file: string): Problem {
  const [written, message, hint] = HABITS[habit];
  return { ...placeWhere(templateFiles(dir, file), (line) => written.exec(line)?.index), message: `the ${kind} template ${message}`, hint };
}

const HABITS: Record<Habit, [RegExp, string, string]> = {
  'async component': [/\basync\b/, 'has an async component: it gives a Promise, which satori cannot draw', 'Take out async (and await): satori draws what a component returns at once, so a template computes it from its props and the theme.'],
  '<br>': [/<br\b/, 'writes a <br>, at which satori breaks no line: it would join the texts on either side of it', "Put each line in an element of its own (in a box with flexDirection: 'column'), or write the line break into the text ('문의\\n02-…') with whiteSpace: 'pre-line'."],
  // satori turns the classes into styles inside, after every check here has read the element's style.
  tw: [/\btw=/, 'writes Tailwind classes (tw="…"): satori draws them, but the checks of what a slide draws (fonts and weights, italics, colours, boxes that cut off text) read style={{ … }}, and would not see them', 'Write them as style={{ … }}: tw="font-bold text-center" as style={{ fontWeight: 700, textAlign: \'center\' }}.'],
  clock: [
    /\bDate\.now\b|\bnew\s+Date\b(?!\s*\(\s*[^\s)])|(?<![\w$.]|new\s+)Date\s*\(\s*\)/,
    "reads today's date (new Date(), Date.now()): cardnews draws a slide again only when what it is made from changes, so a slide drawn earlier would keep the day it was drawn on, and two builds of the same deck would give different images",
    'Write the date into the deck (its period) or the theme, or make it from fixed numbers: new Date(2025, 0, 15).',
  ],
  random: [
    /\bMath\.random\b/,
    'draws something at random (Math.random()): two builds of the same deck would give different images, and a slide drawn again after an edit would not match the ones beside it',
    'Choose the value in the theme, or take it from the slide (frame.index, props.caseNumber), so that the same deck gives the same slides.',
  ],
  '@import': [
    /@import\b/,
    'imports a stylesheet in a <style> element (@import), which satori does not load (and cardnews, working offline, would not fetch): what it styles would be drawn without it',
    'Write its rules into the <style> element itself; for a web font, put the font file into fonts/ and add it to the theme\'s fonts (see "Fonts" in the README).',
  ],
  '@font-face': [
    /@font-face\b/,
    'declares a font in a <style> element (@font-face), which satori does not load: text in that family would be drawn in another font',
    'Put the font file into fonts/ and add it to the theme\'s fonts with its family (see "Fonts" in the README); the templates then name that family.',
  ],
  'style list': [/style=\{\s*\[/, 'gives a style as a list of objects (style={[…]}, as React Native does): satori reads one object, and would draw the element without it', 'Merge them into one object: style={{ ...first, ...second }}.'],
};
