/**
 * A render worker: loads the templates, satori, resvg and sharp once, parses the fonts once,
 * then paginates cases and renders slides as the build asks. Yields to the event loop after
 * every slide, because resvg frees an image only after a GC and a turn of the loop.
 */
import { parentPort } from 'node:worker_threads';
import { compose } from '../compose/compose.ts';
import { loadTemplates } from '../compose/loadTemplates.ts';
import type { TemplateSet } from '../compose/templateTypes.ts';
import { UserError } from '../errors.ts';
import { measure, type FitReport } from '../plan/measure.ts';
import { paginateCase } from '../plan/paginate.ts';
import type { Slide } from '../plan/slides.ts';
import { loadFont } from '../render/fonts.ts';
import { encodePng, rasterize } from '../render/rasterize.ts';
import { makeRenderContext, renderSvg, type RenderContext } from '../render/satori.ts';
import { writeFileAtomic } from '../write/atomicWrite.ts';
import type { PaginateResult, RenderResult, RenderSetup, Task, WorkerReply } from './tasks.ts';

interface Loaded {
  templates: TemplateSet;
  ctx: RenderContext;
}

const setups = new Map<string, Promise<Loaded>>();

function load(setup: RenderSetup): Promise<Loaded> {
  let loaded = setups.get(setup.key);
  if (loaded === undefined) {
    loaded = (async () => {
      const templates = await loadTemplates(setup.templatesDir, setup.theme, { file: setup.templatesDir, line: 0, col: 0 });
      const fonts = await Promise.all(setup.fonts.map((f) => loadFont(f.family, f.weight, f.path)));
      return { templates, ctx: makeRenderContext(templates.theme.width, templates.theme.height, fonts, setup.emoji) };
    })();
    setups.set(setup.key, loaded);
  }
  return loaded;
}

async function measureSlide(loaded: Loaded, slide: Slide, frame: Task['frame']): Promise<FitReport> {
  const { theme } = loaded.templates;
  const { nodes } = await renderSvg(compose(slide, frame, loaded.templates), loaded.ctx);
  return measure(nodes, theme.width, theme.height, theme.safeMargin);
}

async function run(task: Task): Promise<PaginateResult | FitReport | RenderResult> {
  const loaded = await load(task.setup);
  if (task.kind === 'measure') return measureSlide(loaded, task.slide, task.frame);
  if (task.kind === 'paginate') {
    const asSlide = (props: PaginateResult['pages'][number]): Slide => ({ kind: 'case', name: '', path: '', props });
    return paginateCase(task.item, task.caseNumber, task.caseCount, loaded.templates.theme, (props) => measureSlide(loaded, asSlide(props), task.frame));
  }
  const { svg } = await renderSvg(compose(task.slide, task.frame, loaded.templates), loaded.ctx);
  const png = await encodePng(rasterize(svg));
  await writeFileAtomic(task.file, png);
  await new Promise((resolve) => setImmediate(resolve));
  return { bytes: png.length };
}

const port = parentPort;
if (port === null) throw new Error('worker.ts runs only as a worker thread');
port.on('message', (message: { id: number; task: Task }) => {
  run(message.task).then(
    (value) => port.postMessage({ id: message.id, ok: true, value } satisfies WorkerReply),
    (error: unknown) => {
      const reply: WorkerReply = error instanceof UserError
        ? { id: message.id, ok: false, message: error.message, problems: error.problems }
        : { id: message.id, ok: false, message: error instanceof Error ? error.message : String(error), ...(error instanceof Error && error.stack !== undefined ? { stack: error.stack } : {}) };
      port.postMessage(reply);
    },
  );
});
