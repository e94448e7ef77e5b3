/**
 * The `Layout` a build uses: satori in worker threads, with every result kept by the hash of
 * what it depends on, so an unchanged case is not laid out again on the next build.
 */
import type { Case } from '../deck.ts';
import type { FitReport } from '../plan/measure.ts';
import type { PaginatedCase } from '../plan/paginate.ts';
import { measureFrame, type Layout } from '../plan/planDeck.ts';
import type { Slide } from '../plan/slides.ts';
import { hashOf } from './hash.ts';
import type { CachedLayout } from './manifest.ts';
import type { WorkerPool } from './pool.ts';
import type { StalePeriod } from './preparePeriod.ts';
import type { RenderSetup } from './tasks.ts';
import type { LoadedFont } from '../render/fonts.ts';
import type { FontData } from '../render/satori.ts';
import { subsetFonts } from '../render/subsetFont.ts';
import { templateBundle } from './workerBundle.ts';

const setups = new WeakMap<StalePeriod, Promise<RenderSetup>>();

/** What the workers need for a period; made once per period, since subsetting takes a while. */
export function renderSetup(period: StalePeriod): Promise<RenderSetup> {
  let setup = setups.get(period);
  if (setup === undefined) {
    setup = templateBundle(period.templateDir).then((bundle) => {
      const fonts = subsetFor(period.prepared.fonts, period.characters);
      return {
        key: hashOf(bundle, period.templatesDir, period.deck.theme, ...fonts.flatMap((f) => [f.family, String(f.weight), f.data])),
        templatesDir: period.templatesDir,
        theme: period.deck.theme,
        templateBundle: bundle,
        fonts,
        emoji: period.prepared.emoji,
      };
    });
    setups.set(period, setup);
  }
  return setup;
}

function subsetFor(fonts: readonly LoadedFont[], characters: ReadonlySet<number>): FontData[] {
  const subsets = subsetFonts(fonts.map((f) => f.data), characters);
  return fonts.map((f, i) => ({ family: f.family, weight: f.weight, data: subsets[i] ?? f.data }));
}

/** Layouts worked out by this build, to be saved in the manifest (only ones that fit). */
export type LayoutStore = Record<string, CachedLayout>;

export function pooledLayout(period: StalePeriod, pool: () => Promise<WorkerPool>, store: LayoutStore): Layout {
  const frame = measureFrame(period.deck);
  const base = hashOf(period.hashes.fonts, period.hashes.size, period.hashes.tools, JSON.stringify(frame));
  const previous = period.manifest?.layouts ?? {};
  const cached = (key: string): CachedLayout | undefined => {
    const hit = previous[key];
    if (hit !== undefined) store[key] = hit;
    return hit;
  };
  const fits = (report: FitReport) => report.overflow === undefined && report.missing.length === 0 && report.bodyNeeded <= report.bodyAvailable + 0.5;
  return {
    async paginate(item: Case, caseNumber: number, caseCount: number): Promise<PaginatedCase> {
      const key = hashOf('case', base, period.hashes.template.case, JSON.stringify([item, caseNumber, caseCount]));
      const hit = cached(key);
      if (hit?.pages !== undefined) return { pages: hit.pages, reports: hit.reports, problems: [] };
      const setup = await renderSetup(period);
      const result = await (await pool()).run(setup, { kind: 'paginate', setupKey: setup.key, item, caseNumber, caseCount, frame });
      if (result.problems.length === 0 && result.reports.every(fits)) store[key] = { pages: result.pages, reports: result.reports };
      return result;
    },
    async measure(slide: Slide): Promise<FitReport> {
      const key = hashOf(slide.kind, base, period.hashes.template[slide.kind], JSON.stringify(slide.props));
      const hit = cached(key)?.reports[0];
      if (hit !== undefined) return hit;
      const setup = await renderSetup(period);
      const report = await (await pool()).run(setup, { kind: 'measure', setupKey: setup.key, slide, frame });
      if (fits(report)) store[key] = { reports: [report] };
      return report;
    },
  };
}
