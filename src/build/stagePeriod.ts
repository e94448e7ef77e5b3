/**
 * Writing a stale period's images, in steps that every period of a build takes before any takes
 * the next (buildStale.ts): forget in the manifest what is about to change and copy what is
 * reused to temporary names; put the copies in place; draw the rest and record each image.
 */
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { frameFor } from '../compose/compose.ts';
import type { Plan } from '../plan/planDeck.ts';
import type { Slide } from '../plan/slides.ts';
import { listDir } from '../paths.ts';
import { removeWhenFree, renameWhenFree, TEMP_FILE, tempFor } from '../write/atomicWrite.ts';
import type { BuildOptions, PeriodReport, SlideReport } from './build.ts';
import { fileBytes } from './freshness.ts';
import { keptWarnings, writeManifest, type Manifest, type ManifestSlide } from './manifest.ts';
import type { WorkerPool } from './pool.ts';
import { affinityOf, type LayoutStore } from './pooledLayout.ts';
import type { StalePeriod } from './preparePeriod.ts';
import { renderSetup, widenSetup } from './renderSetup.ts';
import { toolVersions } from './versions.ts';
import { trace } from '../trace.ts';

/** A stale period laid out: its slides, each with the key its image will be recorded under. */
export interface Planned {
  period: StalePeriod;
  plan: Plan;
  layouts: LayoutStore;
  /** Each planned slide with what its image will be recorded under (its bytes come once written). */
  entries: (Omit<ManifestSlide, 'bytes'> & { slide: Slide; index: number })[];
}

/** The size its manifest records of the image a reused slide is copied from (set as a build decides). */
export const sourceBytes = new WeakMap<SlideReport, number>();

/** A period's writing in the steps that must each be done in every period before the next begins (buildStale). */
export interface PeriodWriter {
  /** Puts the copies of the images it reuses in place. */
  place(): Promise<void>;
  /** Draws the rest, records them, and removes the images no slide is any more. */
  draw(): Promise<void>;
}

/** Writes a period's manifest without the images about to change, and copies those it reuses to temporary names. */
export async function stagePeriod(p: Planned, report: PeriodReport, getPool: () => Promise<WorkerPool>, options: BuildOptions): Promise<PeriodWriter> {
  const { outputDir } = p.period;
  const versions = toolVersions();
  const kept = new Map<string, ManifestSlide>();
  const previous = new Map((p.period.manifest?.slides ?? []).map((s) => [s.name, s]));
  for (const s of report.slides) {
    const before = previous.get(s.name);
    if (s.action === 'up-to-date' && before !== undefined) kept.set(s.name, before);
  }
  let complete = false;
  const manifest = (): Manifest => ({
    format: 2,
    complete,
    tools: versions,
    deck: p.period.deckFile,
    template: { root: p.period.templatesDir, name: p.period.deck.theme, dir: p.period.templateDir },
    inputs: p.period.inputs(),
    layouts: p.layouts,
    slides: p.entries.flatMap((e) => kept.get(e.name) ?? []),
    warnings: keptWarnings(p.plan.warnings),
  });
  // First forget every image about to change, so an interrupted build never leaves a manifest
  // that vouches for an image it did not see written.
  let saving = writeManifest(outputDir, manifest());
  await saving;
  const save = () => (saving = saving.then(() => writeManifest(outputDir, manifest())));
  // While slides are drawn, record them a few times a second rather than after every one: a
  // large manifest written 200 times kept this thread from feeding the workers.
  let timer: NodeJS.Timeout | undefined;
  const saveSoon = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      void save();
    }, 250);
  };

  const entries = new Map(p.entries.map((e) => [e.name, e]));
  const reused = report.slides.filter((s) => s.action === 'renamed' || s.action === 'copied');
  // Copy to temporary names first: a renamed image may be the source of another.
  const copies = await Promise.all(reused.map(async (s) => {
    const temp = tempFor(s.file);
    // Another period's folder is not this build's: another build may have drawn that image
    // anew, or removed it, since its manifest was read (this build's own periods copy before
    // they draw). Not as recorded, the slide is drawn instead.
    const copied = await copyFile(s.from ?? '', temp).then(() => true, (error: unknown) => {
      if ((error as { code?: unknown }).code === 'ENOENT') return false;
      throw error;
    });
    const bytes = copied ? fileBytes(temp) : undefined;
    if (bytes !== undefined && bytes === sourceBytes.get(s)) return { s, temp, bytes };
    await rm(temp, { force: true });
    s.action = 'rendered';
    s.reason = copied ? 'the image it was to be copied from changed meanwhile' : 'the image it was to be copied from was removed meanwhile';
    delete s.from;
    return undefined;
  }));
  const staged = copies.filter((copy) => copy !== undefined);
  const place = async () => {
    for (const { s, temp, bytes } of staged) {
      await renameWhenFree(temp, s.file);
      const entry = entries.get(s.name);
      if (entry !== undefined) kept.set(s.name, recorded(entry, bytes));
    }
  };
  const draw = async () => {
    try {
      await Promise.all(report.slides.filter((s) => s.action === 'rendered').map(async (s) => {
        const entry = entries.get(s.name);
        if (entry === undefined) return;
        const frame = frameFor(p.period.deck, entry.index + 1, p.entries.length);
        const drawing = () => options.progress?.drawing(p.period.id, s.file);
        let bytes: number | undefined;
        while (bytes === undefined) {
          const setup = renderSetup(p.period);
          const drawn = await (await getPool()).run(setup, { kind: 'render', setupKey: setup.key, slide: entry.slide, frame, file: s.file }, affinityOf(p.period.id, entry.slide), drawing);
          // A slide laid out by an earlier build, with text its template's code makes (see widenSetup).
          if (drawn.missing === undefined) bytes = drawn.bytes;
          else if (!widenSetup(p.period, drawn.missing)) throw new Error(`${s.file} would be drawn without ${drawn.missing.join('')}: the worker has no font or image for it`);
        }
        kept.set(s.name, recorded(entry, bytes));
        trace(`wrote ${s.file}`);
        options.progress?.slide(p.period.id, s.file, s.reason ?? '');
        saveSoon();
      }));
    } finally {
      clearTimeout(timer);
      // What was drawn before a failure or Ctrl-C is kept: the next build need not draw it again.
      await save();
    }

    for (const file of report.removed) await rm(file, removeWhenFree());
    await removeTempFiles(outputDir);
    complete = true;
    await save();
  };
  return { place, draw };
}

/** A slide's manifest record, once its image is written. */
function recorded(entry: Planned['entries'][number], bytes: number): ManifestSlide {
  return { name: entry.name, key: entry.key, parts: entry.parts, bytes };
}

export async function removeTempFiles(dir: string): Promise<void> {
  await Promise.all(listDir(dir).filter((e) => TEMP_FILE.test(e)).map((e) => rm(path.join(dir, e), { force: true })));
}
