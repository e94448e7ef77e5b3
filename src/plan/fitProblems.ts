/**
 * The words for what planning found a slide's layout to get wrong: text that does not fit, that
 * sticks out of its box or the safe area or is moved out of sight by a transform, a character no
 * font has. Each at the deck's line when the deck wrote the text, else at the template's. (The
 * deck's text a template hides, paints over or draws too small: hiddenText.ts.)
 */
import path from 'node:path';
import { KIND_FILES } from '../compose/loadTemplates.ts';
import { templateFiles } from '../compose/templateDir.ts';
import { describePath, placeOf, type Deck } from '../deck.ts';
import { quote, withSourceLine, type Problem } from '../errors.ts';
import { codePoints, isPictograph, wantsEmojiImage } from '../render/emoji.ts';
import { noImageHint } from '../render/coverage.ts';
import { placeOfText, placeOfWrittenText, placeWhere } from '../sourceText.ts';
import { findText } from './findText.ts';
import { bodyFits, type FitReport, type Overflow } from './measure.ts';
import type { SlideDraft } from './slides.ts';

/** What is wrong with one slide's layout, the first of: a body that does not fit, a character no font or emoji image has, the texts that stick out. */
export function checkFit(deck: Deck, slide: SlideDraft, report: FitReport, size: string, safeMargin: number, problems: Problem[], templateDir: string): void {
  const where = slide.kind === 'case' ? `${describePath(slide.path)} ${quote(slide.props.title)}` : `the ${slide.kind}`;
  if (!bodyFits(report)) {
    problems.push(withLine(deck, { place: placeOf(deck.source, slide.path), message: `${where} does not fit one slide at ${size} (needs ${px(report.bodyNeeded)} px, has ${px(report.bodyAvailable)} px)`, hint: slide.kind === 'closing' ? 'Take out lines, or shorten them (a line too long for one row takes two).' : 'Shorten the text on this slide.' }));
    return;
  }
  if (report.missing.length > 0) {
    const characters = report.missing.join('');
    // An emoji reaches satori's question only when the emoji set has no image of it.
    const emoji = report.missing.every((grapheme) => wantsEmojiImage(grapheme) || isPictograph(grapheme));
    problems.push({
      ...placeOfText(kindFiles(templateDir, slide.kind), report.missing[0] ?? characters),
      message: emoji
        ? `the ${slide.kind} template draws the emoji ${characters} (${codePoints(characters)}), which ${report.missing.length > 1 ? 'have no images' : 'has no image'} in the emoji set (Twemoji)`
        : `the ${slide.kind} template draws ${characters} (${codePoints(characters)}), which none of the fonts can draw`,
      hint: emoji ? noImageHint(report.missing[0] ?? characters) : 'Change that text in the template, or add a font that has it (see "Fonts" in the README).',
    });
    return;
  }
  // A template's mistake is named at its line once a slide (see oncePerTemplatePlace), by the
  // text it puts furthest out; each text of the deck that sticks out, at its own line.
  const found = (report.overflows ?? []).map((overflow) => ({ px: overflow.px, ...overflowProblem(deck, slide, overflow, where, size, safeMargin, templateDir) }));
  const furthest = found.filter((f) => f.inTemplate).sort((a, b) => b.px - a.px)[0];
  for (const f of found) if (!f.inTemplate || f === furthest) problems.push(f.problem);
}

/** The words for one text that sticks out, and whether they are at the template's line. */
function overflowProblem(deck: Deck, slide: SlideDraft, overflow: Overflow, where: string, size: string, safeMargin: number, templateDir: string): { problem: Problem; inTemplate: boolean } {
  const files = () => kindFiles(templateDir, slide.kind);
  if (overflow.moved !== undefined) return { problem: movedTooFar(overflow, overflow.moved, files(), slide.kind, size, safeMargin), inTemplate: true };
  const inDeck = findText(deck, overflow.text, slide.path);
  // Text the template writes itself (a label, a phone number) is the template's to fix; so is
  // one the deck has only inside a word, when the template writes it.
  const inTemplate = inDeck === undefined || inDeck.insideWord ? placeOfWrittenText(files(), overflow.text) : undefined;
  const by = px(Math.ceil(overflow.px));
  // Text inside its box, but nearer the slide's edge than the theme keeps text (a footer placed
  // in the margin): "sticks out of its box" sent the designer looking for a box.
  const edge = overflow.edge === true ? `comes ${by} px nearer the slide's edge than the theme's safeMargin (${safeMargin} px) allows, at ${size}` : undefined;
  // Its box placed off the slide (`left: 1300`, a position kept from a wider theme): where, not how long.
  const off = overflow.offSlide === true ? `is drawn off the slide at ${size} (${by} px past the theme's safeMargin), where the ${slide.kind} template places its box` : undefined;
  const offHint = `Place its box on the slide in the ${slide.kind} template (its left, top, margins or width), at least safeMargin (${safeMargin} px) from each edge.`;
  if (inTemplate !== undefined && inTemplate.place.line > 0) {
    return {
      inTemplate: true,
      problem: {
        ...inTemplate,
        message: `the ${slide.kind} template's text ${quote(overflow.text, 40)} ${off ?? edge ?? `sticks out of its box by ${by} px at ${size}`}`,
        hint: off !== undefined ? offHint : edge !== undefined ? 'Move it further from the edge, or make safeMargin in theme.ts smaller if text may come that close.' : 'Make room for it in the template — the width or height of its box, a smaller fontSize — or shorten it.',
      },
    };
  }
  const tooSmall = edge === undefined && off === undefined ? boxTooSmall(overflow, by, size, slide.kind) : undefined;
  return {
    inTemplate: false,
    problem: withLine(deck, {
      place: placeOf(deck.source, inDeck?.path ?? slide.path),
      message: `${where}: ${quote(overflow.text, 40)} ${off ?? edge ?? tooSmall?.words ?? `sticks out of its box by ${by} px at ${size}${overflow.sideways ? '' : ' (more lines than there is room for)'}`}`,
      // Inside its box, so the box reaches into the margin: the template's to mend, not the text.
      hint: off !== undefined ? offHint : tooSmall?.hint ?? (edge !== undefined ? `The ${slide.kind} template lays it out in a box that reaches into that margin: give the slide or that box more padding (or less width) in the template, or make safeMargin in theme.ts smaller if text may come that close.` : !overflow.sideways ? 'Shorten the text, or take out lines.' : overflow.oneLine !== undefined ? `Shorten the text: the ${slide.kind} template keeps it on one line (whiteSpace: '${overflow.oneLine}'), so it cannot wrap.` : tooLongWordHint(overflow.text)),
    }),
  };
}

/**
 * A deck's text cut off by a box of the template's that is too small for it: one that hides what
 * runs past it (a bullet's row given a maxHeight and overflow: 'hidden'), or its own box of fixed
 * height (a title given height: 60). "More lines than there is room for" had every bullet of two
 * lines shortened, where the box was the designer's.
 */
function boxTooSmall(overflow: Overflow, by: string, size: string, kind: SlideDraft['kind']): { words: string; hint: string } | undefined {
  if (overflow.clipPx !== undefined) {
    return {
      words: `is cut off by ${by} px at ${size}: the ${kind} template draws it in a box ${px(overflow.clipPx)} px high that hides what runs past it`,
      hint: "Shorten the text to fit that box; or, in the template, make the box taller (its height or maxHeight) or take away its overflow: 'hidden'.",
    };
  }
  if (overflow.lowBoxPx === undefined) return undefined;
  return {
    words: `runs ${by} px below its box at ${size}: the ${kind} template gives it a box ${px(overflow.lowBoxPx)} px high, too low for its lines`,
    hint: 'Shorten the text; or, in the template, make its box taller, or take away its height or maxHeight so that it grows with its lines.',
  };
}

/** An e-mail or web address, which a line must not break inside as it may break a word. */
const ADDRESS = /^(?:\S+@\S+\.\S+|[a-z][a-z0-9+.-]*:\/\/\S+|www\.\S+)$/iu;

/**
 * What to do about a word wider than its line. Spaces put into an address would break it: the
 * way out there is a shorter one, or leaving it to the post's text.
 */
function tooLongWordHint(text: string): string {
  const longest = text.split(/\s+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (!ADDRESS.test(longest)) return 'Shorten the text, or put spaces into very long words so the line can break.';
  const kind = longest.includes('@') && !longest.includes('/') ? 'an e-mail address' : 'a web address';
  return `${quote(longest, 40)} is ${kind}, kept whole and wider than a line: write a shorter one${kind === 'a web address' ? ' (a short link)' : ''}, or give it in the post's text instead of on the slide.`;
}

/**
 * A template's line that draws text wrong on every slide of its kind (a transform, a marker too
 * wide for its column) is named once, counting the other slides: a dozen messages at one line
 * said nothing the first did not. A deck's problems each have a line of their own.
 */
export function oncePerTemplatePlace(problems: readonly Problem[], deckFile: string): Problem[] {
  const inDeck = (p: Problem) => p.place.file === deckFile || p.place.line === 0;
  // The same place and the same words but for the text and the numbers.
  const key = (p: Problem) => `${p.place.file}:${p.place.line}:${p.place.col} ${p.message.replace(/"[^"]*"/g, '""').replace(/[\d,.]+/g, '0')}`;
  const count = new Map<string, number>();
  for (const p of problems) if (!inDeck(p)) count.set(key(p), (count.get(key(p)) ?? 0) + 1);
  const named = new Set<string>();
  return problems.flatMap((p) => {
    if (inDeck(p)) return [p];
    if (named.has(key(p))) return [];
    named.add(key(p));
    const more = (count.get(key(p)) ?? 1) - 1;
    return [more === 0 ? p : { ...p, message: `${p.message} (so on ${more} more slide${more > 1 ? 's' : ''})` }];
  });
}

/**
 * Text a template's transform draws where it cannot be seen whole: the template's mistake
 * whoever wrote the text, at the line that writes the transform (as written, else any).
 */
function movedTooFar(overflow: Overflow, moved: NonNullable<Overflow['moved']>, files: readonly string[], kind: string, size: string, safeMargin: number): Problem {
  const { transform } = moved;
  const at = (needle: string) => (line: string) => (line.includes('transform') && line.includes(needle) ? line.indexOf(needle) : undefined);
  const written = placeWhere(files, at(transform));
  const place = written.place.line > 0 ? written : placeWhere(files, at('transform'));
  const by = px(Math.ceil(overflow.px));
  const where = moved.clipped
    ? `${by} px past a box that cuts off what it holds (overflow: 'hidden'), at ${size}: that part would not show`
    : overflow.edge === true
      ? `${by} px nearer the slide's edge than the theme's safeMargin (${safeMargin} px) allows, at ${size}`
      : `partly off the slide (${by} px past the theme's safeMargin of ${safeMargin} px), at ${size}`;
  return {
    ...place,
    message: `the ${kind} template's transform: '${transform}' draws ${quote(overflow.text, 40)} ${where}`,
    hint: overflow.edge === true && !moved.clipped
      ? 'Move it further from the edge (the transform draws it there, not where its box was laid out), or make safeMargin in theme.ts smaller if text may come that close.'
      : 'satori lays a text out before it transforms it, and nothing makes room for what the transform adds: make the transform smaller or take it out, or give the text room where the transform draws it.',
  };
}

/** The code files of a kind of slide's template, where its messages look for a line (see templateFiles). */
export function kindFiles(templateDir: string, kind: SlideDraft['kind']): string[] {
  return templateFiles(templateDir, path.join(templateDir, KIND_FILES[kind]));
}

export function withLine(deck: Deck, problem: Problem): Problem {
  return withSourceLine(problem, deck.source.lines);
}

export function px(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
