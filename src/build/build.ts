/**
 * The build: load and validate every requested deck, plan all of them (fonts, coverage,
 * pagination, fit), and only when every deck is sound render and write their slides.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { compose, frameFor } from '../compose/compose.ts';
import { loadTemplates } from '../compose/loadTemplates.ts';
import { placeOf } from '../deck.ts';
import { UserError, type Problem } from '../errors.ts';
import { readDeckFile } from '../load/readDeckFile.ts';
import type { ProjectPaths } from '../paths.ts';
import { planDeck, type Plan } from '../plan/planDeck.ts';
import { encodePng, rasterize } from '../render/rasterize.ts';
import { renderSvg } from '../render/satori.ts';
import { validateDeck } from '../validate/validateDeck.ts';
import { TEMP_FILE, writeFileAtomic } from '../write/atomicWrite.ts';
import { findDecks } from './findDecks.ts';

export interface BuildOptions {
  paths: ProjectPaths;
  targets: readonly string[];
  /** false: validate and lay out only (`cardnews check`). */
  write: boolean;
  log?: (line: string) => void;
}

export interface PeriodResult {
  id: string;
  outputDir: string;
  files: string[];
  warnings: string[];
}

/** Slide images this tool writes; anything else in an output folder is left alone. */
const SLIDE_FILE = /^\d{2,}-(cover|closing|case\d+(-\d+)?)\.png$/;

export async function planAll(paths: ProjectPaths, targets: readonly string[]): Promise<Plan[]> {
  const problems: Problem[] = [];
  const plans: Plan[] = [];
  for (const file of findDecks(targets, paths)) {
    try {
      const deck = validateDeck(await readDeckFile(file));
      const templates = await loadTemplates(paths.templates, deck.theme, placeOf(deck.source, 'theme'));
      plans.push(await planDeck(deck, templates, paths));
    } catch (error) {
      // Keep going: a user wants every broken deck reported, not just the first.
      if (!(error instanceof UserError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new UserError(problems);
  return plans;
}

export async function build(options: BuildOptions): Promise<PeriodResult[]> {
  const plans = await planAll(options.paths, options.targets);
  const results: PeriodResult[] = [];
  for (const plan of plans) {
    const outputDir = path.join(options.paths.output, plan.deck.id);
    const files = plan.slides.map((s) => path.join(outputDir, `${s.name}.png`));
    if (options.write) {
      for (const [i, slide] of plan.slides.entries()) {
        const frame = frameFor(plan.deck, i + 1, plan.slides.length);
        const { svg } = await renderSvg(compose(slide, frame, plan.templates), plan.ctx);
        const png = await encodePng(rasterize(svg));
        await writeFileAtomic(files[i] ?? '', png);
        options.log?.(`  ${path.relative(options.paths.root, files[i] ?? '')}`);
        // resvg frees an image only after a GC and a turn of the event loop: give it that turn.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await removeStale(outputDir, new Set(plan.slides.map((s) => `${s.name}.png`)));
    }
    results.push({ id: plan.deck.id, outputDir, files, warnings: plan.warnings });
  }
  return results;
}

async function removeStale(dir: string, keep: Set<string>): Promise<void> {
  for (const entry of await readdir(dir)) {
    if ((SLIDE_FILE.test(entry) && !keep.has(entry)) || TEMP_FILE.test(entry)) await rm(path.join(dir, entry), { force: true });
  }
}
