/**
 * The part of a build that has something to do: prepare and plan every stale deck (all of them
 * before anything is written, so a mistake anywhere stops the build), decide per slide what to
 * draw, then draw it across worker threads, keeping the manifest honest at every step.
 */
import path from 'node:path';
import { frameFor } from '../compose/compose.ts';
import { namedOnce, UserError, type Problem } from '../errors.ts';
import { listDir, type ProjectPaths } from '../paths.ts';
import { planDeck, type Plan } from '../plan/planDeck.ts';
import { readSlideName } from '../plan/slides.ts';
import { changeReasons } from './changeReasons.ts';
import { keyOf, slideKeyParts } from './keys.ts';
import { acquireLock, type Lock } from './lock.ts';
import { readManifest, type Manifest, type ManifestSlide } from './manifest.ts';
import type { WorkerPool } from './pool.ts';
import { pooledLayout, type LayoutStore } from './pooledLayout.ts';
import { reportingLayout } from './planningProgress.ts';
import type { BuildOptions, PeriodReport, SlideReport } from './build.ts';
import { fileBytes } from './freshness.ts';
import { preparePeriod, type StalePeriod } from './preparePeriod.ts';
import { removeTempFiles, sourceBytes, stagePeriod, type Planned } from './stagePeriod.ts';
import { trace } from '../trace.ts';
import { inCodeUnitOrder } from '../codeUnitOrder.ts';

/** A deck the manifest does not show up to date. */
export interface StaleInput {
  file: string;
  outputDir: string;
  manifest: Manifest | undefined;
}

/**
 * `starting`: the workers, already starting (startPool.ts); closed when the build ends.
 * `unsaid`: whether a warning is yet to be said in this build (see firstTime).
 */
export async function buildStale(stale: StaleInput[], options: BuildOptions, starting: Promise<WorkerPool>, unsaid: (warning: string) => boolean): Promise<PeriodReport[]> {
  const { paths } = options;
  trace('preparing decks');
  const getPool = () => starting;
  const abort = () => void starting.then((pool) => pool.close(), () => undefined);
  options.signal?.addEventListener('abort', abort);
  // Ctrl-C while this module loaded: the workers are already starting.
  if (options.signal?.aborted === true) abort();
  const locks: Lock[] = [];
  const works: StalePeriod[] = [];
  try {
    // Every folder taken before anything of it is read, laid out or announced: a build that got
    // the lock once another had finished in the folder had decided from the manifest as it was
    // before, and drew every slide again; one that stopped at a lock had said "14 slides to
    // render" first. Read again under the lock: another build may have finished meanwhile.
    const inputs = options.mode !== 'build' ? stale : stale.map((input) => {
      locks.push(acquireLock(input.outputDir));
      return { ...input, manifest: readManifest(input.outputDir) };
    });
    const problems: Problem[] = [];
    for (const { file, outputDir, manifest } of inputs) {
      try {
        works.push(await preparePeriod(file, outputDir, manifest, paths));
        trace(`prepared ${file}`);
      } catch (error) {
        // Keep going: every broken deck is reported, not just the first.
        if (!(error instanceof UserError)) throw error;
        problems.push(...error.problems);
      }
    }
    // A mistake of a template or theme that several decks use is one mistake.
    if (problems.length > 0) throw new UserError(namedOnce(problems));

    const planned: Planned[] = [];
    const planning: Promise<void>[] = [];
    for (const period of works) {
      const planningOne = (async () => {
        const layouts: LayoutStore = {};
        const layout = pooledLayout(period, getPool, layouts, options.force === true);
        const { progress } = options;
        const reporting = progress !== undefined ? reportingLayout(layout, period.deck.cases.length, (note) => progress.planning(period.id, note)) : layout;
        const plan = await planDeck(period.deck, period.theme, reporting, period.templateDir);
        plan.warnings.unshift(...period.prepared.warnings);
        planned.push({ period, plan, layouts, entries: entriesOf(period, plan) });
      })();
      // Its mistakes are collected below, with every deck's: a deck that fails while this loop
      // waits must not count as an unhandled rejection meanwhile (Node ends the process on one).
      planningOne.catch(() => undefined);
      planning.push(planningOne);
      // A deck's fonts are cut down when its first layout is asked for (renderSetup.ts): a turn
      // of the event loop after each deck sends its layouts to the workers before this thread
      // cuts the next deck's. Without it, 24 decks' fonts were cut (1.1 s) while the workers waited.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const results = await Promise.allSettled(planning);
    for (const result of results) {
      if (result.status === 'fulfilled') continue;
      if (!(result.reason instanceof UserError)) throw result.reason;
      problems.push(...result.reason.problems);
    }
    if (problems.length > 0) throw new UserError(namedOnce(problems));
    trace('every deck planned');
    planned.sort((a, b) => inCodeUnitOrder(a.period.id, b.period.id));

    const decisions = planned.map((p) => ({ p, report: decide(p, paths, options.force === true) }));
    if (options.mode !== 'build') return decisions.map((d) => d.report);

    // A slide may reuse an image of another period of this build that the other period draws
    // anew (its deck edited since) or puts another image in place of: a copy made after that
    // was the wrong image under the slide's record. So every period copies before any puts its
    // copies in place, and every one puts them in place before any draws. Announced once
    // copied: a copy found changed is drawn instead.
    const writers = await Promise.all(decisions.map(({ p, report }) => stagePeriod(p, report, getPool, options)));
    for (const { p, report } of decisions) {
      for (const warning of p.plan.warnings.filter(unsaid)) options.progress?.warn(warning);
      const count = (...actions: string[]) => report.slides.filter((s) => actions.includes(s.action)).length;
      options.progress?.period(p.period.id, count('rendered'), count('renamed', 'copied'));
    }
    for (const writer of writers) await writer.place();
    await Promise.all(writers.map((writer) => writer.draw()));
    return decisions.map((d) => d.report);
  } finally {
    options.signal?.removeEventListener('abort', abort);
    // A pool still starting when the build ended is closed as soon as it exists.
    await starting.then((p) => p.close(), () => undefined);
    if (options.signal?.aborted === true) await Promise.all(works.map((w) => removeTempFiles(w.outputDir)));
    for (const lock of locks) lock.release();
  }
}

function entriesOf(period: StalePeriod, plan: Plan): Planned['entries'] {
  return plan.slides.map((slide, index) => {
    const parts = slideKeyParts(slide, frameFor(period.deck, index + 1, plan.slides.length), period.hashes());
    return { name: slide.name, key: keyOf(parts), parts, slide, index };
  });
}

/** For each planned slide: up to date, reuse an image drawn before (renamed, copied), or draw. */
function decide(p: Planned, paths: ProjectPaths, force: boolean): PeriodReport {
  const { outputDir } = p.period;
  const previous = new Map((p.period.manifest?.slides ?? []).map((s) => [s.name, s]));
  const onDisk = (dir: string, s: ManifestSlide) => fileBytes(path.join(dir, `${s.name}.png`)) === s.bytes;
  const byKey = new Map<string, { dir: string; slide: ManifestSlide }>();
  for (const s of previous.values()) if (onDisk(outputDir, s)) byKey.set(s.key, { dir: outputDir, slide: s });
  let others: Map<string, { dir: string; slide: ManifestSlide }> | undefined;
  const why = changeReasons(p.period, paths.root);
  const slides = p.entries.map((entry): SlideReport => {
    const file = path.join(outputDir, `${entry.name}.png`);
    const before = previous.get(entry.name);
    if (force) return { name: entry.name, file, action: 'rendered', reason: 'forced' };
    if (before !== undefined && before.key === entry.key) {
      if (onDisk(outputDir, before)) return { name: entry.name, file, action: 'up-to-date' };
      // An image edited after the build (optimized for a blog, say) is drawn again, as make redoes a target touched by hand.
      const reason = fileBytes(file) === undefined ? 'image missing' : 'image changed on disk since it was drawn';
      return { name: entry.name, file, action: 'rendered', reason };
    }
    const same = byKey.get(entry.key) ?? (others ??= otherPeriods(paths, outputDir, onDisk)).get(entry.key);
    if (same !== undefined) {
      const from = path.join(same.dir, `${same.slide.name}.png`);
      const reuse: SlideReport = { name: entry.name, file, action: same.dir === outputDir ? 'renamed' : 'copied', from };
      sourceBytes.set(reuse, same.slide.bytes);
      return reuse;
    }
    return { name: entry.name, file, action: 'rendered', reason: before === undefined ? 'new slide' : why(entry.slide.kind, before.parts, entry.parts) };
  });
  const keep = new Set(p.entries.map((e) => `${e.name}.png`));
  // Slide images of the manifest, and any an interrupted build wrote before recording them.
  const candidates = new Set([...previous.keys()].map((name) => `${name}.png`));
  // Only names this tool gives slide images: nothing else is ever removed from an output folder.
  for (const file of listDir(outputDir)) if (file.endsWith('.png') && readSlideName(file.slice(0, -'.png'.length)) !== undefined) candidates.add(file);
  const removed = [...candidates].filter((file) => !keep.has(file)).sort().map((file) => path.join(outputDir, file));
  return { id: p.period.id, outputDir, slides, removed, warnings: p.plan.warnings };
}

/** Images of other periods' manifests, by key: a renamed period reuses its old images. */
function otherPeriods(paths: ProjectPaths, outputDir: string, onDisk: (dir: string, s: ManifestSlide) => boolean) {
  const found = new Map<string, { dir: string; slide: ManifestSlide }>();
  const dirs = listDir(paths.output).map((d) => path.join(paths.output, d)).filter((d) => d !== outputDir);
  for (const dir of dirs) {
    for (const s of readManifest(dir)?.slides ?? []) if (onDisk(dir, s)) found.set(s.key, { dir, slide: s });
  }
  return found;
}
