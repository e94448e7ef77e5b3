/** Where a cardnews project keeps its folders. Everything is relative to the project root. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ProjectPaths {
  root: string;
  data: string;
  templates: string;
  fonts: string;
  output: string;
}

export function projectPaths(root: string): ProjectPaths {
  const abs = path.resolve(root);
  return {
    root: abs,
    data: path.join(abs, 'data'),
    templates: path.join(abs, 'templates'),
    fonts: path.join(abs, 'fonts'),
    output: path.join(abs, 'output'),
  };
}

/** The folder of the cardnews package itself (for its bundled templates and dependencies). */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
