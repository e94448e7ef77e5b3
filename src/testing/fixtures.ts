/** Shared set-up for tests: the default templates, their fonts and a render context. */
import path from 'node:path';
import { loadTemplates } from '../compose/loadTemplates.ts';
import type { SlideFrame, TemplateSet } from '../compose/templateTypes.ts';
import { projectPaths, type ProjectPaths } from '../paths.ts';
import { loadFont, resolveFontPath, type LoadedFont } from '../render/fonts.ts';
import { makeRenderContext, type RenderContext } from '../render/satori.ts';
import { emojiImage } from '../render/emoji.ts';
import { compose } from '../compose/compose.ts';
import type { Case, Deck } from '../deck.ts';
import { parseDeckText } from '../load/readDeckFile.ts';
import { measure } from '../plan/measure.ts';
import { confirmCase } from '../plan/confirm.ts';
import { paginateCase, type CaseBody } from '../plan/paginate.ts';
import type { Rooms } from '../plan/rooms.ts';
import { measureFrame, planDeck, type Layout, type Plan } from '../plan/planDeck.ts';
import { prepareDeck } from '../plan/prepareDeck.ts';
import type { Slide } from '../plan/slides.ts';
import { renderSvg } from '../render/satori.ts';
import { validateDeck } from '../validate/validateDeck.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The repository as a project, with output redirected to a folder of the test's own. */
export function testPaths(output: string): ProjectPaths {
  return { ...projectPaths(repoRoot), output };
}

export async function defaultTemplates(): Promise<{ templates: TemplateSet; fonts: LoadedFont[]; ctx: RenderContext }> {
  const paths = projectPaths(repoRoot);
  const templates = await loadTemplates(paths.templates, 'default', { file: 'test', line: 1, col: 1 });
  const fonts = await Promise.all(templates.theme.fonts.map((f) => loadFont(f.family, f.weight, resolveFontPath(f, paths.fonts, paths.root))));
  const emoji: Record<string, string> = {};
  for (const e of [templates.theme.markers.heading, templates.theme.markers.bullet]) emoji[e] = emojiImage(e) ?? '';
  return { templates, fonts, ctx: makeRenderContext(templates.theme.width, templates.theme.height, fonts, emoji) };
}

/**
 * Plan a deck in this process (no worker threads): validation, fonts, coverage and measured
 * pagination exactly as a build does them, for tests that look at the plan itself. `root`: the
 * project, whose own templates are taken before those cardnews ships.
 */
export async function planInProcess(text: string, root = repoRoot): Promise<{ deck: Deck; plan: Plan; layout: Layout; templates: TemplateSet; ctx: RenderContext }> {
  const paths = projectPaths(root);
  const deck = validateDeck(parseDeckText(text, 'data/test.yaml'));
  const templates = await loadTemplates(paths.templates, deck.theme, { file: 'test', line: 0, col: 0 });
  const prepared = await prepareDeck(deck, templates.theme, path.join(templates.dir, 'theme.ts'), paths);
  const ctx = makeRenderContext(templates.theme.width, templates.theme.height, prepared.fonts, prepared.emoji);
  const frame = measureFrame(deck);
  const { theme } = templates;
  const measureSlide = async (slide: Slide, at: SlideFrame = frame) => {
    const { nodes, unresolved, svg } = await renderSvg(compose(slide, at, templates), ctx);
    return measure(nodes, theme.width, theme.height, theme.safeMargin, unresolved, svg);
  };
  const caseSlide = (props: CaseBody): Slide => ({ kind: 'case', name: '', path: '', props });
  const paginate = (item: Case, n: number, count: number, confirm: boolean, rooms?: Rooms) => paginateCase(item, n, count, theme, (props) => measureSlide(caseSlide(props)), confirm, rooms);
  // Pages confirmed later, as a build does it (see planDeck).
  const layout: Layout = {
    paginate: (item, n, count) => paginate(item, n, count, false),
    confirm: (item, n, count, planned, frames) => confirmCase(item, n, count, planned, (props, i) => measureSlide(caseSlide(props), frames[i]), (rooms) => paginate(item, n, count, true, rooms)),
    measure: measureSlide,
  };
  return { deck, plan: await planDeck(deck, theme, layout, templates.dir), layout, templates, ctx };
}
