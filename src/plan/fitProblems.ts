/**
 * The words for what planning found a slide's layout to get wrong: text that does not fit, that
 * sticks out of its box or the safe area, that a transform or a box of no size hides, a
 * character no font has. Each at the deck's line when the deck wrote the text, else at the
 * template's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KIND_FILES } from '../compose/loadTemplates.ts';
import { templateFiles } from '../compose/templateDir.ts';
import { describePath, placeOf, type Deck } from '../deck.ts';
import { quote, withSourceLine, type Problem } from '../errors.ts';
import type { WrittenAt } from '../compose/Words.tsx';
import { displayPath, packageRoot } from '../paths.ts';
import { codePoints, isPictograph, wantsEmojiImage } from '../render/emoji.ts';
import { noImageHint } from '../render/coverage.ts';
import { placeOfText, placeOfWrittenText, placeWhere } from '../sourceText.ts';
import { findText } from './findText.ts';
import { bodyFits, type FitReport, type Overflow } from './measure.ts';
import type { SlideDraft } from './slides.ts';

/**
 * Text laid out in a box of no size: satori drew nothing of it, without a word (a bullet's row
 * given display: 'none', a label's box a height of 0). One problem for each kind of slide, since
 * one line of its template hides the same text on every slide: at the first such text, the
 * deck's or the template's, counting the others.
 */
export function hiddenTextProblems(deck: Deck, laidOut: readonly [SlideDraft, FitReport][], templateDir: string): Problem[] {
  return firstOfEachKind(laidOut, (_, report) => report.hidden ?? []).map(({ slide, first: text, others }) => {
    const inDeck = findText(deck, text, slide.path);
    const more = others === 0 ? '' : `, nor would ${others} more text${others > 1 ? 's' : ''} of its slides`;
    const message = `the ${slide.kind} template lays out ${quote(text, 40)} in a box of no size (display: 'none', or a width or height of 0): it would not show${more}`;
    const hint = `Give its box room in ${KIND_FILES[slide.kind]}; to leave a field out, leave it out of the template ({props.award && …}) rather than hide it.`;
    if (inDeck !== undefined && !inDeck.insideWord) return withLine(deck, { place: placeOf(deck.source, inDeck.path), message, hint });
    return { ...placeOfWrittenText(templateFiles(templateDir, path.join(templateDir, KIND_FILES[slide.kind])), text), message, hint };
  });
}

/**
 * The deck's texts among those `found` in each report (those at a path `kept`, when given), the
 * first on each kind of slide, with where the deck writes it: a text only the template writes
 * may be hidden or covered on purpose.
 */
function deckTextsOfEachKind<T>(deck: Deck, laidOut: readonly [SlideDraft, FitReport][], found: (report: FitReport) => readonly [string, T][], kept = (_path: string) => true) {
  return firstOfEachKind(laidOut, (slide, report) =>
    found(report).flatMap(([text, detail]) => {
      const inDeck = findText(deck, text, slide.path);
      return inDeck === undefined || inDeck.insideWord || !kept(inDeck.path) ? [] : [{ text, detail, at: inDeck.path }];
    }));
}

const moreOfDeck = (others: number) => (others === 0 ? '' : `, nor would ${others} more text${others > 1 ? 's' : ''} of the deck on its slides`);

/** A problem of one kind of slide, in words that name its templates (`s`: the verb's ending, '' for several). */
interface KindProblem {
  kind: SlideDraft['kind'];
  at: Pick<Problem, 'place' | 'sourceLine'>;
  others: number;
  words: (templates: string, s: string, more: string) => string;
  hint: string;
}

/**
 * One problem for each line of the templates: kinds of slide that one shared line draws (the
 * page of parts.tsx, under the case and the closing slides) named together, their texts counted
 * together. Said once for each, it was the same message twice but for the kind.
 */
function oncePerLine(found: readonly KindProblem[]): Problem[] {
  const byLine = new Map<string, KindProblem[]>();
  for (const f of found) {
    const { file, line, col } = f.at.place;
    byLine.set(`${file}:${line}:${col}`, [...(byLine.get(`${file}:${line}:${col}`) ?? []), f]);
  }
  return [...byLine.values()].flatMap(([first, ...rest]) => {
    if (first === undefined) return [];
    const kinds = [first.kind, ...rest.map((f) => f.kind)];
    const templates = rest.length === 0 ? `the ${first.kind} template` : `the ${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1) ?? ''} templates`;
    const others = rest.reduce((n, f) => n + f.others + 1, first.others);
    return [{ ...first.at, message: first.words(templates, rest.length === 0 ? 's' : '', moreOfDeck(others)), hint: first.hint }];
  });
}

/** The first thing `found` finds on each kind of slide, and how many more it finds on slides of that kind. */
function firstOfEachKind<T>(laidOut: readonly [SlideDraft, FitReport][], found: (slide: SlideDraft, report: FitReport) => T[]): { slide: SlideDraft; first: T; others: number }[] {
  const byKind = new Map<SlideDraft['kind'], { slide: SlideDraft; first: T; others: number }>();
  for (const [slide, report] of laidOut) {
    for (const first of found(slide, report)) {
      const seen = byKind.get(slide.kind);
      if (seen === undefined) byKind.set(slide.kind, { slide, first, others: 0 });
      else seen.others++;
    }
  }
  return [...byKind.values()];
}

/**
 * A deck's text a template makes invisible (`opacity: 0`, `visibility: 'hidden'`): satori laid
 * it out and drew nothing of it, without a word. One problem for each kind of slide, at the
 * template's line that writes the style (one for the kinds a shared line draws), naming the
 * first such text and counting the others. A text only the template writes may be hidden on
 * purpose (a placeholder that keeps room).
 */
export function invisibleTextProblems(deck: Deck, laidOut: readonly [SlideDraft, FitReport][], templateDir: string): Problem[] {
  return oncePerLine(deckTextsOfEachKind(deck, laidOut, (report) => report.invisible ?? []).map(({ slide, first: { text, detail: style, at }, others }) => {
    const [property = style, value = ''] = style.split(': ');
    const files = templateFiles(templateDir, path.join(templateDir, KIND_FILES[slide.kind]));
    const written = placeWhere(files, (line) => (line.includes(property) && line.includes(value.replace(/'/g, '')) ? line.indexOf(property) : undefined));
    return {
      kind: slide.kind,
      at: written.place.line > 0 ? written : placeOfText(files, property),
      others,
      words: (templates, s, more) => `${templates} hide${s} ${quote(text, 40)} (${describePath(at)}) with ${style}: satori lays it out and draws nothing of it${more}`,
      hint: `Take ${style} out; to leave a field out, leave it out of the template ({props.award && …}) rather than hide it.`,
    };
  }));
}

/**
 * A deck's text that a picture or a box of one colour is painted over (see coverings.ts): the
 * slide shows the picture where the text was laid out, without a word. Mostly a photo made the
 * background with `position: 'absolute'`, which satori, as a browser does, paints after every
 * box without a position. At the template's line that positions something absolutely (else the
 * picture's <img>), naming the first such text and counting the others, once for each kind of
 * slide or for the kinds a shared line draws. A text only the template writes is left alone, as with invisible text.
 */
export function coveredTextProblems(deck: Deck, laidOut: readonly [SlideDraft, FitReport][], templateDir: string): Problem[] {
  return oncePerLine(deckTextsOfEachKind(deck, laidOut, (report) => report.covered ?? []).map(({ slide, first: { text, detail: cover, at }, others }) => {
    const files = templateFiles(templateDir, path.join(templateDir, KIND_FILES[slide.kind]));
    const absolute = placeWhere(files, (line) => ABSOLUTE.exec(line)?.index);
    const what = cover === 'picture' ? 'a picture' : 'a box of one colour';
    return {
      kind: slide.kind,
      at: absolute.place.line > 0 || cover === 'box' ? absolute : placeOfText(files, '<img'),
      others,
      words: (templates, s, more) => `${templates} paint${s} ${what} over ${quote(text, 40)} (${describePath(at)}): the text is laid out under it and would not show${more}`,
      hint: "satori, as a browser does, paints a box with position: 'absolute' after the boxes without one: give it zIndex: -1 to paint it under them, or draw a photo as the slide's own background (backgroundImage: `url(${photo})` with backgroundSize: '100% 100%', photo being its import).",
    };
  }));
}

const BODY_TEXT = /(\.bullets|^closing\.lines)\.\d+$/;

/** The line that sets a fontSize of `size` (else any fontSize): where text drawn without a <Words> gets its size. */
function sizeWritten(files: readonly string[], size: number): Pick<Problem, 'place' | 'sourceLine'> {
  const written = placeWhere(files, (line) => (line.includes('fontSize') && new RegExp(`\\b${size}\\b`).test(line) ? line.indexOf('fontSize') : undefined));
  return written.place.line > 0 ? written : placeOfText(files, 'fontSize');
}

/** The place of a <Words> tag in the template files, as the template's JSX gave it (see jsxDevRuntime.ts). */
function tagPlace(at: WrittenAt | undefined, files: readonly string[]): Pick<Problem, 'place' | 'sourceLine'> | undefined {
  const file = at === undefined ? undefined : path.resolve(packageRoot, at.fileName);
  if (at === undefined || file === undefined || !files.includes(file)) return undefined;
  const sourceLine = readFileSync(file, 'utf8').split(/\r?\n/)[at.lineNumber - 1];
  return { place: { file: displayPath(file), line: at.lineNumber, col: at.columnNumber }, ...(sourceLine !== undefined ? { sourceLine } : {}) };
}

const ABSOLUTE = /position:\s*['"]absolute['"]/;

/**
 * A deck's body text — a bullet, a closing line — in a slide's body that a template draws
 * smaller than body text may shrink to (a bullet given fontSize={24} instead of the size the
 * build fits it at): it fits, and does not read on a phone. At the <Words> tag that draws it
 * (else the line of the kind's template files that sets its size), once for each kind of slide
 * or for the kinds a shared line draws. A label the body holds too (a heading, an award moved
 * into it) may be smaller by design.
 */
export function smallTextProblems(deck: Deck, laidOut: readonly [SlideDraft, FitReport][], templateDir: string, readablePx: number): Problem[] {
  return oncePerLine(deckTextsOfEachKind(deck, laidOut, (report) => report.small ?? [], (at) => BODY_TEXT.test(at)).map(({ slide, first: { text, detail: small, at }, others }) => {
    const files = templateFiles(templateDir, path.join(templateDir, KIND_FILES[slide.kind]));
    return {
      kind: slide.kind,
      at: tagPlace(small.at, files) ?? sizeWritten(files, small.px),
      others,
      words: (templates, s, more) => `${templates} draw${s} ${quote(text, 40)} (${describePath(at)}) at ${px(small.px)} px, smaller than body text may be (${px(readablePx)} px): it would not read on a phone${more}`,
      hint: `Draw the body's text at ${px(readablePx)} px or more${slide.kind === 'case' ? ": a bullet at the size the build fits it at, props.size.body (never below the theme's fit.bodyMin)" : ''}.`,
    };
  }));
}

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
      ...placeOfText(templateFiles(templateDir, path.join(templateDir, KIND_FILES[slide.kind])), report.missing[0] ?? characters),
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
  const files = () => templateFiles(templateDir, path.join(templateDir, KIND_FILES[slide.kind]));
  if (overflow.moved !== undefined) return { problem: movedTooFar(overflow, overflow.moved, files(), slide.kind, size, safeMargin), inTemplate: true };
  const inDeck = findText(deck, overflow.text, slide.path);
  // Text the template writes itself (a label, a phone number) is the template's to fix; so is
  // one the deck has only inside a word, when the template writes it.
  const inTemplate = inDeck === undefined || inDeck.insideWord ? placeOfWrittenText(files(), overflow.text) : undefined;
  const by = px(Math.ceil(overflow.px));
  // Text inside its box, but nearer the slide's edge than the theme keeps text (a footer placed
  // in the margin): "sticks out of its box" sent the designer looking for a box.
  const edge = overflow.edge === true ? `comes ${by} px nearer the slide's edge than the theme's safeMargin (${safeMargin} px) allows, at ${size}` : undefined;
  if (inTemplate !== undefined && inTemplate.place.line > 0) {
    return {
      inTemplate: true,
      problem: {
        ...inTemplate,
        message: `the ${slide.kind} template's text ${quote(overflow.text, 40)} ${edge ?? `sticks out of its box by ${by} px at ${size}`}`,
        hint: edge !== undefined ? 'Move it further from the edge, or make safeMargin in theme.ts smaller if text may come that close.' : 'Make room for it in the template — the width or height of its box, a smaller fontSize — or shorten it.',
      },
    };
  }
  return {
    inTemplate: false,
    problem: withLine(deck, {
      place: placeOf(deck.source, inDeck?.path ?? slide.path),
      message: `${where}: ${quote(overflow.text, 40)} ${edge ?? `sticks out of its box by ${by} px at ${size}${overflow.sideways ? '' : ' (more lines than there is room for)'}`}`,
      hint: !overflow.sideways ? 'Shorten the text, or take out lines.' : overflow.oneLine !== undefined ? `Shorten the text: the ${slide.kind} template keeps it on one line (whiteSpace: '${overflow.oneLine}'), so it cannot wrap.` : tooLongWordHint(overflow.text),
    }),
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

export function withLine(deck: Deck, problem: Problem): Problem {
  return withSourceLine(problem, deck.source.lines);
}

export function px(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
