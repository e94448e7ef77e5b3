/**
 * The contract between the engine and a template folder (`templates/<name>/`). The engine
 * reads the theme's core tokens (size, fonts, markers, fit bounds); everything else in a theme
 * is the template's own business.
 */
import type { ReactNode } from 'react';

export interface FontSpec {
  /** Family name the templates use in `fontFamily`. */
  family: string;
  weight: 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;
  /** A file in an installed npm package (`pretendard-gov/dist/…/Regular.otf`)… */
  npm?: string;
  /** …or a file in the project's `fonts/` folder. */
  file?: string;
}

export interface ThemeCore {
  width: number;
  height: number;
  /** Text must stay at least this far from every edge; the build checks it. */
  safeMargin: number;
  /** In order of preference: the first font that has a character draws it. */
  fonts: FontSpec[];
  markers: { heading: string; bullet: string };
  labels: { continued: string };
  fit: {
    /** Body text size the template is designed for, and the smallest it may shrink to (≥ 36). */
    body: number;
    bodyMin: number;
    /** Case title size, the smallest it may shrink to, and how many lines it may take. */
    title: number;
    titleMin: number;
    titleMaxLines: number;
  };
}

/** The least size body text may be drawn at on a 1080-wide slide, and fit.bodyMin be: smaller does not read on a phone. */
export const READABLE_PX = 36;

/**
 * READABLE_PX on a slide `width` pixels wide, in whole pixels: a phone shows any slide at the
 * width of its screen, so a wider slide's text is shrunk by as much.
 */
export function readablePxAt(width: number): number {
  return Math.ceil((READABLE_PX * width) / 1080);
}

/**
 * The boxes a template marks with `data-fit` for the build to measure (see plan/measure.ts): the
 * room a body may fill and the body in it, a title's lines, and a case's sections and bullets.
 */
export const FIT_MARKS: readonly string[] = ['frame', 'content', 'title', 'section', 'bullet'];

/** Where a slide sits in the carousel. */
export interface SlideFrame {
  index: number;
  total: number;
  organization?: string;
  deckTitle: string;
}

export interface CoverProps {
  frame: SlideFrame;
  kicker: string;
  title: string;
}

export interface SectionPart {
  heading: string;
  bullets: string[];
  /** The section began on an earlier slide. */
  continued: boolean;
}

export interface CaseProps {
  frame: SlideFrame;
  award?: string;
  title: string;
  caseNumber: number;
  caseCount: number;
  sections: SectionPart[];
  /** The case began on an earlier slide. */
  continued: boolean;
  /** Sizes chosen by fitting; the template must use them for the title and body text. */
  size: { title: number; body: number };
}

export interface ClosingProps {
  frame: SlideFrame;
  lines: string[];
}

/**
 * Every field name a template is given, to tell a misspelt one (`props.titel`) from a field a
 * deck may leave out (see templateErrors.ts). The compiler checks the list against the types.
 */
type FieldName = keyof CoverProps | keyof CaseProps | keyof CaseProps['size'] | keyof SectionPart | keyof ClosingProps | keyof SlideFrame;
export const TEMPLATE_FIELDS = ['frame', 'kicker', 'title', 'award', 'caseNumber', 'caseCount', 'sections', 'continued', 'size', 'body', 'heading', 'bullets', 'lines', 'index', 'total', 'organization', 'deckTitle'] as const satisfies readonly FieldName[];
// A field added to the types above but not to the list fails to compile here.
const everyField: Exclude<FieldName, (typeof TEMPLATE_FIELDS)[number]> extends never ? true : never = true;
void everyField;

export type Component<P> = (props: P) => ReactNode;

export interface TemplateSet {
  name: string;
  dir: string;
  theme: ThemeCore;
  Cover: Component<CoverProps>;
  Case: Component<CaseProps>;
  Closing: Component<ClosingProps>;
}
