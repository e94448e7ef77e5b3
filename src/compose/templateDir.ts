/** Where a template of a given name lives: the project's own folder, else the one shipped with cardnews. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.ts';

export const shippedTemplates = path.join(packageRoot, 'templates');

export function templateDir(templatesDir: string, name: string): string | undefined {
  return [path.join(templatesDir, name), path.join(shippedTemplates, name)].find((d) => existsSync(d));
}
