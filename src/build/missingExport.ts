/**
 * An import of a name a module does not export ("No matching export in … for import …"): said
 * with the names it does export and the one probably meant. A name cardnews's own module lacks
 * (`Word` for `Words`) was told to be exported there: a designer does not edit cardnews.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nearestWord } from '../nearest.ts';
import { displayPath, packageRoot } from '../paths.ts';

/** `file`: the module, as esbuild names it (relative to cardnews's folder); gives it as a message names it. */
export function missingExport(file: string, name: string): { module: string; hint: string } {
  const module = path.resolve(packageRoot, file);
  const names = exportedNames(module);
  const meant = nearestWord(name, names);
  const guess = meant === undefined ? '' : `Did you mean "${meant}"? `;
  if (module.startsWith(path.join(packageRoot, 'src') + path.sep)) {
    return { module: 'cardnews/template', hint: `${guess}cardnews/template gives ${names.join(', ')}.` };
  }
  return { module: displayPath(module), hint: `${guess}${path.basename(module)} exports nothing named "${name}": export it there (export const ${name} = …), or import a name it exports.` };
}

/** The names a module exports, read from its text: `export const x`, `export function`, `export { a, b as c }`, `export type`. */
function exportedNames(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const names = new Set<string>();
  for (const match of text.matchAll(/\bexport\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:const|let|var|function\*?|class|type|interface|enum)\s+([A-Za-z_$][\w$]*)/g)) names.add(match[1] ?? '');
  for (const match of text.matchAll(/\bexport\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const part of (match[1] ?? '').split(',')) {
      const own = part.replace(/^\s*type\s+/, '').split(/\s+as\s+/).pop()?.trim() ?? '';
      if (/^[A-Za-z_$][\w$]*$/.test(own)) names.add(own);
    }
  }
  return [...names];
}
