/**
 * The files a template component depends on: the component file and, transitively, every
 * relative module it imports (parts, theme, the Words helper). A change to any of them
 * re-renders the slides of that kind, and only those.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../paths.ts';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]((?:\.{1,2}\/|cardnews\/)[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The template API is part of what a slide looks like (Words decides line breaks). */
const PACKAGE_MODULES: Record<string, string> = { 'cardnews/template': path.join(packageRoot, 'src', 'template.ts') };

/** A module of code (or data it imports), as opposed to an asset such as an image. */
export function isCode(file: string): boolean {
  return /\.(tsx?|[cm]?jsx?|json)$/i.test(file);
}

export function moduleClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    // An image or other asset imports nothing (and a photo is megabytes to scan).
    if (!isCode(file)) return;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2];
      if (spec === undefined) continue;
      const target = PACKAGE_MODULES[spec] ?? (spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : undefined);
      if (target !== undefined) visit(target);
    }
  };
  visit(path.resolve(entry));
  return [...seen].sort();
}
