/**
 * What templates import (`import { Words, type CaseProps } from 'cardnews/template'`): the
 * wrapping-text component and the props each slide kind receives. A stable name, so a template
 * folder can be copied to another project without fixing relative paths.
 */
export { Words, type WordsProps } from './compose/Words.tsx';
export type { CaseProps, ClosingProps, CoverProps, FontSpec, SectionPart, SlideFrame, ThemeCore } from './compose/templateTypes.ts';
