/**
 * The make-like build. For every requested deck: skip it when nothing it depends on changed;
 * otherwise validate and plan it (all decks first, so a mistake anywhere stops the build before
 * anything is written), then draw only the slides whose inputs changed, across worker threads.
 * This file is the cheap part — deciding from manifests what is up to date; the rest lives in
 * buildStale.ts and is loaded only when there is something to do.
 */
import path from 'node:path';
import { firstTime } from '../errors.ts';
import { periodId, type ProjectPaths } from '../paths.ts';
import { findDecks } from './findDecks.ts';
import { freshness, type FreshPeriod } from './freshness.ts';
import { saidWarnings } from './manifest.ts';
import type { StaleInput } from './buildStale.ts';
import type { Progress } from './progress.ts';
import { trace } from '../trace.ts';
import { inCodeUnitOrder } from '../codeUnitOrder.ts';

export interface BuildOptions {
  paths: ProjectPaths;
  targets: readonly string[];
  /** The folder that FILE targets are relative to (the command's); default: the process's. */
  cwd?: string;
  /** `check` lays out and writes nothing; `dry-run` also says what a build would draw. */
  mode: 'build' | 'check' | 'dry-run';
  force?: boolean;
  /** Worker threads; default: one per core. */
  jobs?: number;
  /** How long a task may run before its template is named as never ending (runaway.ts); tests shorten it. */
  taskLimitMs?: number;
  progress?: Progress;
  signal?: AbortSignal;
}

export type SlideAction = 'rendered' | 'up-to-date' | 'renamed' | 'copied';

export interface SlideReport {
  name: string;
  file: string;
  action: SlideAction;
  /** Why it is (or would be) drawn again. */
  reason?: string;
  /** The earlier image a renamed or copied slide reuses. */
  from?: string;
}

export interface PeriodReport {
  id: string;
  outputDir: string;
  slides: SlideReport[];
  /** Images of slides that no longer exist, removed (or, in a dry run, to be removed). */
  removed: string[];
  warnings: string[];
}

export async function build(options: BuildOptions): Promise<PeriodReport[]> {
  trace('build: finding what is out of date');
  const trustManifest = options.mode !== 'check' && options.force !== true;
  const fresh: FreshPeriod[] = [];
  const stale: StaleInput[] = [];
  // Whether some stale period will likely draw many slides: then every worker starts at once.
  let much = options.mode === 'build' && options.force === true;
  // A check of decks built since their last change lays them out from their manifests' layouts,
  // with no worker (a worker started anyway took ~0.2 s of CPU, and the check waited for it).
  let layouts = false;
  for (const file of findDecks(options.targets, options.paths, options.cwd)) {
    const { outputDir, manifest, staleness } = freshness(file, options.paths.output);
    if (trustManifest && staleness === 'fresh' && manifest !== undefined) {
      fresh.push({ id: periodId(file), deckFile: file, outputDir, manifest });
      continue;
    }
    stale.push({ file, outputDir, manifest });
    if (staleness === 'more') much = true;
    if (staleness !== 'fresh' || manifest === undefined || options.mode !== 'check') layouts = true;
  }
  const reports: PeriodReport[] = fresh.map((w) => ({
    id: w.id,
    outputDir: w.outputDir,
    slides: w.manifest.slides.map((s) => ({ name: s.name, file: path.join(w.outputDir, `${s.name}.png`), action: 'up-to-date' as const })),
    removed: [],
    warnings: saidWarnings(w.manifest.warnings),
  }));
  // A warning of a theme several decks use is said once.
  const unsaid = firstTime();
  if (options.mode === 'build') {
    for (const report of reports) {
      for (const warning of report.warnings.filter(unsaid)) options.progress?.warn(warning);
      options.progress?.period(report.id, 0);
    }
  }
  if (stale.length > 0) {
    // The workers first: they take the longest to load (startPool.ts).
    const { startPool } = await import('./startPool.ts');
    const starting = startPool(layouts ? (much ? 'all' : 'one') : 'none', options.jobs, options.taskLimitMs);
    // Reported where a layout first waits for the workers: failing before that (while the decks
    // are read) must not count as an unhandled rejection meanwhile (Node ends the process on one).
    starting.catch(() => undefined);
    const { buildStale } = await import('./buildStale.ts').catch(async (error: unknown) => {
      await starting.then((pool) => pool.close(), () => undefined);
      throw error;
    });
    reports.push(...(await buildStale(stale, options, starting, unsaid)));
  }
  return reports.sort((a, b) => inCodeUnitOrder(a.id, b.id));
}
