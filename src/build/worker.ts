/**
 * A render worker: loads satori, resvg and sharp once, the compiled templates and the (subset)
 * fonts once per deck setup, then lays out cases and draws slides as the build asks. Yields to
 * the event loop after every slide, because resvg frees an image only after a GC and a turn of
 * the loop.
 */
import path from 'node:path';
import { parentPort, threadId } from 'node:worker_threads';
import { createElement } from 'react';
import satori from 'satori';
import { compose } from '../compose/compose.ts';
import { KIND_FILES, loadTemplates, templateSetOf } from '../compose/loadTemplates.ts';
import { fileErrorFields, UserError } from '../errors.ts';
import { collectYoung } from '../gc.ts';
import { measure, type FitReport } from '../plan/measure.ts';
import { paginateCase } from '../plan/paginate.ts';
import type { Rooms } from '../plan/rooms.ts';
import { caseNamed, type Case } from '../deck.ts';
import { readablePxAt, type SlideFrame, type TemplateSet } from '../compose/templateTypes.ts';
import type { Slide } from '../plan/slides.ts';
import { encodePng, rasterize } from '../render/rasterize.ts';
import { checkTree } from '../render/templateTree.ts';
import type { CheckedTree } from '../render/checkedTree.ts';
import { makeRenderContext, renderSvg, type RenderContext, type SvgResult } from '../render/satori.ts';
import { writeFileAtomic } from '../write/atomicWrite.ts';
import { trace, traceThread } from '../trace.ts';
import { saveCodeCache } from './codeCache.ts';
import { fieldNames } from './misspeltFields.ts';
import { modulesLoadedLater, refusedStyles, runTemplateBundle, templateError } from './templateErrors.ts';
import { treeError } from './treeErrors.ts';
import { drawsTheSame, watchingUnrepeatable, type Unrepeatable } from './unrepeatable.ts';
import type { PaginateResult, RenderResult, RenderSetup, Task, WorkerReply } from './tasks.ts';

interface Loaded {
  setupKey: string;
  templates: TemplateSet;
  /** The compiled template folder they came from. */
  bundle: string;
  ctx: RenderContext;
  /** The font families satori has (the theme's and the deck's fallbacks), each with its weights. */
  families: ReadonlyMap<string, ReadonlySet<number>>;
  /** The names of the fields a template is given, to tell a misspelt one. */
  known: ReadonlySet<string>;
  /** What the template files read as they loaded (a theme token set from today's date), and the templates as they load 400 days on. */
  readOnLoad: Unrepeatable[];
  later?: TemplateSet;
}

/** Setups as the pool sent them, and what was loaded for each. */
const known = new Map<string, RenderSetup>();
const loaded = new Map<string, Promise<Loaded>>();

/**
 * Setups kept loaded, the most recently used: each holds its fonts as satori parsed them (a few
 * MB). A build of 24 periods, each with fonts cut to its own characters, kept 24 of them: the
 * worker's heap stayed near its limit, and a quarter of its time went to garbage collection.
 * Loading one again costs a few milliseconds (its fonts are small subsets).
 */
const KEEP_LOADED = 4;

function load(key: string): Promise<Loaded> {
  let ready = loaded.get(key);
  if (ready !== undefined) {
    // Most recently used last: the first is the one to drop.
    loaded.delete(key);
    loaded.set(key, ready);
  } else {
    const setup = known.get(key);
    if (setup === undefined) throw new Error(`no render setup ${key} was sent to this worker`);
    ready = (async () => {
      trace('loading templates and fonts');
      const readOnLoad = runTemplateBundle(setup.templateBundle, setup.templateDir);
      const templates = await loadTemplates(setup.templatesDir, setup.theme, { file: setup.templatesDir, line: 0, col: 0 });
      const later = readOnLoad.length > 0 ? templateSetOf(templates, modulesLoadedLater(setup.templateBundle, setup.templateDir)) : undefined;
      trace('templates and fonts loaded');
      const families = new Map<string, Set<number>>();
      for (const font of setup.fonts) families.set(font.family, (families.get(font.family) ?? new Set()).add(font.weight));
      return { setupKey: key, templates, bundle: setup.templateBundle, ctx: makeRenderContext(templates.theme.width, templates.theme.height, setup.fonts, setup.emoji), families, known: fieldNames(templates.theme), readOnLoad, ...(later !== undefined ? { later } : {}) };
    })();
    loaded.set(key, ready);
    if (loaded.size > KEEP_LOADED) loaded.delete(loaded.keys().next().value ?? '');
  }
  return ready;
}

/**
 * SVGs of slides laid out at their (guessed) real place, kept for the render task that draws
 * the same slide: the pool sends both to this worker. Bounded, oldest dropped first.
 */
const laidOut = new Map<string, string>();
const KEEP_SVGS = 256;

/**
 * By the setup too: two periods with the same text in different themes (one deck for Instagram,
 * a copy for the blog) lay out slides of the same props and place, and each period's slides
 * were drawn from whichever layout came last.
 */
function svgKey(setupKey: string, slide: Slide, frame: Task['frame']): string {
  return JSON.stringify([setupKey, slide.kind, slide.props, frame]);
}

/**
 * A slide through its template and satori. What goes wrong here comes from the template (its
 * code, or a style satori does not support), so it is reported as the template's mistake.
 */
async function draw(ready: Loaded, slide: Slide, frame: Task['frame']): Promise<SvgResult> {
  const { dir } = ready.templates;
  const component = path.join(dir, KIND_FILES[slide.kind]);
  // At the template's own line when its code threw, or at the style satori refused.
  // Which case, in the hint: a template that fails on one case only (one without an award) is
  // mended sooner; in the message, it would name the same mistake once per slide.
  const which = slide.kind === 'case' ? ` It failed on ${caseNamed(slide.props.caseNumber, slide.props.title)}.` : '';
  const failed = (error: unknown) => templateError(error, ready.bundle, dir, component, `the ${slide.kind} template failed while drawing a slide`, `Fix the template (or a style satori does not support) and build again.${which}`, ready.known);
  let checked: CheckedTree;
  try {
    const composed = (templates: TemplateSet) => () => checkTree(compose(slide, frame, templates), ready.families, ready.ctx.emoji, readablePxAt(ready.ctx.width));
    const { value, read, randoms } = watchingUnrepeatable(composed(ready.templates));
    // What was read matters only when it shows: drawn again 400 days on, with other random
    // numbers; and with the template files as they load then, when they read them as they loaded.
    const unrepeatable = new Set<Unrepeatable>();
    if (read.length > 0 || ready.later !== undefined) {
      const later = watchingUnrepeatable(composed(ready.templates), { randoms }).value.tree;
      if (!drawsTheSame(value.tree, later)) read.forEach((habit) => unrepeatable.add(habit));
      if (ready.later !== undefined && !drawsTheSame(later, watchingUnrepeatable(composed(ready.later), { randoms }).value.tree)) ready.readOnLoad.forEach((habit) => unrepeatable.add(habit));
    }
    checked = unrepeatable.size === 0 ? value : { ...value, habits: [...(value.habits ?? []), ...unrepeatable] };
  } catch (error) {
    throw failed(error);
  }
  const mistake = treeError(checked, slide, frame, ready.families, ready.known, dir, component);
  if (mistake !== undefined) throw mistake;
  let drawn: SvgResult;
  trace(`laying out ${slide.kind === 'case' ? `case ${slide.props.caseNumber}` : `the ${slide.kind}`}`);
  try {
    drawn = await renderSvg(checked.tree, ready.ctx);
  } catch (error) {
    throw failed(error);
  }
  if (drawn.refused.length > 0) throw refusedStyles(drawn.refused, ready.bundle, dir, component, slide.kind);
  return drawn;
}

async function measureSlide(ready: Loaded, slide: Slide, frame: Task['frame'], keep: boolean): Promise<FitReport> {
  const { theme } = ready.templates;
  const { svg, nodes, unresolved } = await draw(ready, slide, frame);
  if (keep) {
    laidOut.set(svgKey(ready.setupKey, slide, frame), svg);
    if (laidOut.size > KEEP_SVGS) laidOut.delete(laidOut.keys().next().value ?? '');
  }
  return measure(nodes, theme.width, theme.height, theme.safeMargin, unresolved, svg);
}

async function run(task: Task): Promise<PaginateResult | FitReport | RenderResult> {
  const ready = await load(task.setupKey);
  if (task.kind === 'measure') return measureSlide(ready, task.slide, task.frame, true);
  const asSlide = (props: PaginateResult['pages'][number]): Slide => ({ kind: 'case', name: '', path: '', props });
  // A case's first slide is laid out at its (guessed) place and kept; later ones only measured.
  const paginate = (item: Case, caseNumber: number, caseCount: number, frame: SlideFrame, firstFrame: SlideFrame, confirm: boolean, rooms?: Rooms) =>
    paginateCase(item, caseNumber, caseCount, ready.templates.theme, (props) =>
      props.continued ? measureSlide(ready, asSlide(props), frame, false) : measureSlide(ready, asSlide(props), firstFrame, true), confirm, rooms);
  if (task.kind === 'paginate') {
    const before = new Set(laidOut.keys());
    const { item, caseNumber, caseCount, frame, firstFrame, again } = task;
    const result = await paginate(item, caseNumber, caseCount, frame, firstFrame, again !== undefined, again?.rooms);
    // Keep only the layout of the case's first page where it sits: a trial layout, or the whole
    // case laid out to plan its breaks, draws no slide and would only hold memory.
    const first = result.pages[0] && svgKey(task.setupKey, asSlide(result.pages[0]), firstFrame);
    for (const key of laidOut.keys()) if (!before.has(key) && key !== first) laidOut.delete(key);
    return result;
  }
  const key = svgKey(task.setupKey, task.slide, task.frame);
  let svg = laidOut.get(key);
  laidOut.delete(key);
  if (svg === undefined) {
    // Laid out by an earlier build (its layout kept in the manifest), or by another worker. What
    // it would be drawn without goes back unwritten, never as a blank: the build widens the
    // setup and asks again, or, when no font has it either, takes it for its own bug.
    const drawn = await draw(ready, task.slide, task.frame);
    if (drawn.unresolved.length > 0) return { bytes: 0, missing: drawn.unresolved };
    svg = drawn.svg;
  }
  const png = await encodePng(rasterize(svg));
  await writeFileAtomic(task.file, png);
  // resvg's image lives outside the JS heap, held by a small wrapper object that only a garbage
  // collection frees; V8 does not see the memory behind it and so does not hurry. The wrapper is
  // young, so a minor collection (about a millisecond) finds it, and the turn of the event loop
  // lets its finalizer free the pixels. Measured on 200 slides: 4.5 s and 425 MB peak, against
  // 5.0 s and 560 MB without; a full collection instead took 7.4 s.
  collectYoung();
  // By its first slide, a worker has compiled what the next builds' workers need at once.
  await saveCodeCache();
  await new Promise((resolve) => setImmediate(resolve));
  return { bytes: png.length };
}

function reply(id: number, error: unknown): WorkerReply {
  if (error instanceof UserError) return { id, ok: false, message: error.message, problems: error.problems };
  const fileError = fileErrorFields(error);
  return {
    id,
    ok: false,
    message: error instanceof Error ? error.message : String(error),
    ...(error instanceof Error && error.stack !== undefined ? { stack: error.stack } : {}),
    ...(fileError !== undefined ? { fileError } : {}),
  };
}

// The bundle has a trace module of its own, apart from the loader's.
traceThread(threadId);
trace('worker started');
const port = parentPort;
if (port === null) throw new Error('worker.ts runs only as a worker thread');
// Initialise satori's layout engine now, while the build is still reading the decks.
const warm = satori(createElement('div', { style: { display: 'flex' } }), { width: 1, height: 1, fonts: [] }).catch(() => undefined);
// Tasks run one after another; the pool sends the next one early so this thread never waits.
let queue: Promise<unknown> = warm;
port.on('message', (message: { id: number; task: Task; setup?: RenderSetup }) => {
  if (message.setup !== undefined) known.set(message.setup.key, message.setup);
  queue = queue.then(() =>
    (trace(`${message.task.kind} task started`), run(message.task)).then(
      (value) => (trace(`${message.task.kind} task done`), port.postMessage({ id: message.id, ok: true, value } satisfies WorkerReply)),
      (error: unknown) => port.postMessage(reply(message.id, error)),
    ),
  );
});
