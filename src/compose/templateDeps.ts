/**
 * The files a template component depends on: the component file and, transitively, every
 * relative module it imports (parts, theme, the Words helper), and the record of each package it
 * imports (an icon set from npm). A change to any of them re-renders the slides of that kind,
 * and only those.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { isFolder, packageRoot } from '../paths.ts';

// `import … from`, `export … from`, a bare `import '…'`, and `require('…')` or `import('…')`,
// which esbuild bundles too.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"\s]+)['"]|(?:^|\n)\s*import\s*['"]([^'"\s]+)['"]|\b(?:require|import)\s*\(\s*['"]([^'"\s]+)['"]\s*\)/g;

/** The template API is part of what a slide looks like (Words decides line breaks). */
const PACKAGE_MODULES: Record<string, string> = { 'cardnews/template': path.join(packageRoot, 'src', 'template.ts') };

/** A module of code (or data it imports), as opposed to an asset such as an image or a package's record. */
export function isCode(file: string): boolean {
  return /\.(tsx?|[cm]?jsx?|json)$/i.test(file) && packageOfRecord(file) === undefined;
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
      const spec = match[1] ?? match[2] ?? match[3];
      if (spec === undefined) continue;
      const known = PACKAGE_MODULES[spec];
      if (known !== undefined) visit(known);
      else if (spec.startsWith('./') || spec.startsWith('../')) {
        const found = resolveImport(path.dirname(file), spec);
        if (found !== undefined && 'path' in found) visit(found.path);
      } else {
        // The package goes into the template bundle whole: npm's record of it stands for its
        // files, and its version changes with them (an icon set updated drew the old icons).
        const record = packageRecord(path.dirname(file), spec);
        if (record !== undefined) seen.add(record);
      }
    }
  };
  visit(path.resolve(entry));
  return [...seen].sort();
}

/** The package.json of the package an import names (`lucide-react`, `@scope/icons/star`), found as Node finds packages. */
function packageRecord(fromDir: string, spec: string): string | undefined {
  if (isBuiltin(spec)) return undefined;
  const parts = spec.split('/');
  const name = (spec.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const record = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(record)) return record;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The package a file of moduleClosure's is the record of, or undefined for a module. */
export function packageOfRecord(file: string): string | undefined {
  if (path.basename(file) !== 'package.json') return undefined;
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  return parts.slice(at + 1, -1).join('/');
}

/** The endings esbuild tries, in its order, for an import written without one (`./parts`). */
const IMPLIED = ['', '.tsx', '.ts', '.jsx', '.js', '.json'];

/**
 * What a relative import names: the file (`renamed` when only its Hangul, stored in letters as
 * a Mac stores a name, differs from the import's), or the part of the path written in other
 * capitals than the file's or folder's, with the name it has; undefined when there is no such
 * file. Found as esbuild finds it, endings and a folder's index included: `./parts` left
 * parts.tsx out of what a case slide depends on, and an edit to it redrew no case slide.
 */
export function resolveImport(fromDir: string, request: string): { path: string; renamed: boolean } | { written: string; named: string } | undefined {
  let at = fromDir;
  let renamed = false;
  // esbuild drops a query or fragment, as Vite's `./logo.png?url` writes one.
  const parts = request.replace(/[?#].*$/u, '').split('/');
  for (const [i, part] of parts.entries()) {
    if (part === '.' || part === '..' || part === '') {
      at = path.join(at, part);
      continue;
    }
    const names = namesIn(at);
    if (names === undefined) return undefined;
    const endings = i === parts.length - 1 ? IMPLIED : [''];
    const seek = (form: (name: string) => string) => endings.map((ending) => names.find((name) => form(name) === form(part + ending))).find((name) => name !== undefined);
    const exact = seek((name) => name);
    const found = exact ?? seek((name) => name.normalize('NFC'));
    if (found === undefined) {
      const named = seek((name) => name.normalize('NFC').toLowerCase());
      return named === undefined ? undefined : { written: part, named };
    }
    renamed ||= exact === undefined;
    at = path.join(at, found);
  }
  if (!isFolder(at)) return { path: at, renamed };
  const index = resolveImport(at, './index');
  return index !== undefined && 'path' in index ? { path: index.path, renamed: renamed || index.renamed } : index;
}

function namesIn(dir: string): string[] | undefined {
  try {
    return readdirSync(dir);
  } catch {
    return undefined;
  }
}

