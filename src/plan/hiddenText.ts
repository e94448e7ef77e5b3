/**
 * The deck's text that a template's layout keeps from showing as it should, found in the
 * layouts of all the slides: laid out in a box of no size, made invisible, painted over, or drawn
 * smaller than body text may be. Each named once for each kind of slide (once for the kinds a
 * line they share draws), at the first such text, counting the others; the template's own text
 * may be hidden on purpose.
 */
import { KIND_FILES } from '../compose/loadTemplates.ts';
import type { WrittenAt } from '../compose/Words.tsx';
import { describePath, placeOf, type Deck } from '../deck.ts';
import { quote, type Problem } from '../errors.ts';
import { placeOfText, placeOfWrittenText, placeWhere, shownAt, tagWritten } from '../sourceText.ts';
import { findText } from './findText.ts';
import { kindFiles, px, withLine } from './fitProblems.ts';
import type { FitReport } from './measure.ts';
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
    return { ...placeOfWrittenText(kindFiles(templateDir, slide.kind), text), message, hint };
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
    const files = kindFiles(templateDir, slide.kind);
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
    const files = kindFiles(templateDir, slide.kind);
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
    const files = kindFiles(templateDir, slide.kind);
    return {
      kind: slide.kind,
      at: tagPlace(small.at, templateDir) ?? sizeWritten(files, sizeOf(small.px)),
      others,
      words: (templates, s, more) => `${templates} draw${s} ${quote(text, 40)} (${describePath(at)}) at ${sizeOf(small.px)} px, smaller than body text may be (${px(readablePx)} px): it would not read on a phone${more}`,
      hint: `Draw the body's text at ${px(readablePx)} px or more${slide.kind === 'case' ? ": a bullet at the size the build fits it at, props.size.body (never below the theme's fit.bodyMin)" : ''}.`,
    };
  }));
}

const BODY_TEXT = /(\.bullets|^closing\.lines)\.\d+$/;

/** A size to one decimal, as written: 35.6 rounded to 36 would read "at 36 px, smaller than … (36 px)". */
const sizeOf = (size: number) => String(Math.round(size * 10) / 10);

/** The line that sets a fontSize of `size` (else any fontSize): where text drawn without a <Words> gets its size. */
function sizeWritten(files: readonly string[], size: string): Pick<Problem, 'place' | 'sourceLine'> {
  const written = placeWhere(files, (line) => (line.includes('fontSize') && new RegExp(`(?<![\\d.])${size.replace('.', '\\.')}(?![\\d.])`).test(line) ? line.indexOf('fontSize') : undefined));
  return written.place.line > 0 ? written : placeOfText(files, 'fontSize');
}

/** The line of the <Words> tag that draws a text, as the template's JSX gave it, with the line shown. */
function tagPlace(at: WrittenAt | undefined, templateDir: string): Pick<Problem, 'place' | 'sourceLine'> | undefined {
  const place = at === undefined ? undefined : tagWritten(at, templateDir);
  return place === undefined ? undefined : shownAt(place);
}
