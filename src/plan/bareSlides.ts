/**
 * Slides a template leaves partly unpainted (no background where nothing else is drawn): their
 * images are transparent there, which an image viewer shows as white, and Instagram or a blog in
 * dark mode may show black. A template whose component returned a box without the page's
 * background drew such slides without a word.
 */
import path from 'node:path';
import { KIND_FILES } from '../compose/loadTemplates.ts';
import { componentDeclaration } from '../compose/templateDir.ts';
import type { Problem } from '../errors.ts';
import type { FitReport } from './measure.ts';
import type { SlideDraft } from './slides.ts';

/** One problem for each kind of slide that has such a slide, at its component's declaration. */
export function bareSlideProblems(laidOut: readonly [SlideDraft, FitReport][], templateDir: string): Problem[] {
  const problems: Problem[] = [];
  for (const kind of ['cover', 'case', 'closing'] as const) {
    const bare = laidOut.find(([slide, report]) => slide.kind === kind && report.bare !== undefined)?.[1].bare;
    if (bare === undefined) continue;
    problems.push({
      ...componentDeclaration(path.join(templateDir, KIND_FILES[kind])),
      message: `the ${kind} template leaves part of the slide unpainted (at ${Math.round(bare.x)}, ${Math.round(bare.y)} px, for one), transparent in its image: an image viewer shows that white, but Instagram or a blog in dark mode may show it black`,
      hint: "Give the slide's outermost element a backgroundColor (or a backgroundImage) that fills all of it, as the default templates' <Page> does, and square corners.",
    });
  }
  return problems;
}
