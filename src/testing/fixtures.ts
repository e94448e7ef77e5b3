/** Shared set-up for tests: the default templates, their fonts and a render context. */
import path from 'node:path';
import { loadTemplates } from '../compose/loadTemplates.ts';
import type { TemplateSet } from '../compose/templateTypes.ts';
import { projectPaths, type ProjectPaths } from '../paths.ts';
import { loadFont, resolveFontPath, type LoadedFont } from '../render/fonts.ts';
import { makeRenderContext, type RenderContext } from '../render/satori.ts';
import { emojiImage } from '../render/emoji.ts';

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
