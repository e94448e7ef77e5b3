/**
 * The code render workers run, compiled by esbuild into plain JavaScript so a worker needs no
 * TypeScript loader (tsx's loader thread cost each worker ~45 MB and a tenth of a second):
 *
 * - the worker bundle: src/build/worker.ts and what it imports; the same for every build, so
 *   workers can start while the decks are still being read. A small loader bundle
 *   (workerLoader.ts) compiles it with V8's code cache, kept next to it;
 * - a template bundle per template folder: its component files, registered by path for
 *   loadTemplates to find (see preloadedTemplates).
 *
 * All are CommonJS, which V8 can cache and a worker can require(), and are cached in
 * node_modules/.cache/cardnews/ by the content of every file that goes in (the worker's own, when
 * the command runs, by the stamps the launcher keys its bundle of src/ by; see workerBundle).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Message } from 'esbuild';
import { compileSlip } from './compileSlips.ts';
import { missingExport } from './missingExport.ts';
import { missingTemplateFile, TEMPLATE_FILES, TEMPLATE_REGISTRY } from '../compose/loadTemplates.ts';
import { UserError, type Problem } from '../errors.ts';
import { cacheDir, displayPath, packageRoot } from '../paths.ts';
import { flagsInEffect } from '../v8Flags.ts';
import { writeFileAtomic } from '../write/atomicWrite.ts';
import { isWhole, withWholeMark } from '../write/wholeFile.ts';
import { hashOf, stampFile, type FileStamp } from './hash.ts';
import { DRAWN_IMAGE_ENDINGS } from './imageKinds.ts';
import { TEMPLATE_PLUGINS } from './templatePlugins.ts';
import { moduleClosure } from '../compose/templateDeps.ts';

/** What a render worker starts from: the loader, and what it loads (see workerLoader.ts). */
export interface WorkerEntry {
  loader: string;
  bundle: string;
  /** V8's code cache of the bundle, for this Node and these V8 flags (there may be none yet). */
  codeCache: string;
}

export async function workerBundle(): Promise<WorkerEntry> {
  const file = (name: string) => path.join(packageRoot, 'src', 'build', name);
  // Run by the command, the launcher's stamps of every file of src/ (by size and time, as for
  // its own bundle) stand for the files these import: following the imports and hashing what
  // they reach took ~35–48 ms before a build's first worker could start. Tests and programs that
  // import the build have no launcher, and follow them.
  const stamped = process.env['CARDNEWS_SOURCES_KEY'];
  const [{ out: loader }, { out: bundle }] = await Promise.all([
    bundleOf('loader', [file('workerLoader.ts')], `import ${JSON.stringify(file('workerLoader.ts'))};`, undefined, stamped),
    bundleOf('worker', [file('worker.ts')], `import ${JSON.stringify(file('worker.ts'))};`, NATIVE, stamped),
  ]);
  return { loader, bundle, codeCache: `${bundle.slice(0, -'.cjs'.length)}-${hashOf(process.version, flagsInEffect()).slice(0, 12)}.v8cache` };
}

/**
 * What the worker bundle leaves to node_modules: native binaries and the packages that find
 * theirs by paths relative to their own files. The rest (satori and the many small CommonJS
 * packages it uses, React) goes into the bundle: one file to compile, with V8's code cache,
 * instead of dozens to find, read and scan for exports — ~50 ms less per worker. So does
 * sharp's JavaScript (~35 ms of each worker's start, most of it semver and detect-libc): it
 * asks for its binary as `@img/sharp-<platform>/sharp.node`, which node_modules still answers
 * from the bundle's folder; the paths it tries first, relative to its own files, fail there as
 * they do in an install without a local build of sharp, and it goes on to the next. A sharp
 * built from source (a platform with no prebuilt binary) is found only by those: left outside.
 */
const NATIVE = ['@resvg/resvg-js', 'harfbuzzjs', 'esbuild', '@img/*', '*.node', ...(existsSync(path.join(packageRoot, 'node_modules', 'sharp', 'src', 'build', 'Release')) ? ['sharp'] : [])];

/** A compiled bundle, and the stamps of the files it was compiled from, as they were read for it. */
export interface Bundle {
  out: string;
  /**
   * By absolute path. A build records these in its manifest rather than stamping the files
   * again later: a template saved while a build runs must not be recorded as what it drew.
   */
  stamps: Map<string, FileStamp>;
  /** The files' bytes as read for it, by absolute path: what the bundle was compiled from. */
  sources: Map<string, Buffer>;
}

export function templateBundle(dir: string): Promise<Bundle> {
  const files = Object.values(TEMPLATE_FILES).map((file) => path.join(dir, file));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new UserError(missing.map(missingTemplateFile));
  const entry = [
    `const registry = (globalThis[Symbol.for(${JSON.stringify(TEMPLATE_REGISTRY)})] ??= new Map());`,
    ...files.flatMap((file, i) => [`import * as template${i} from ${JSON.stringify(file)};`, `registry.set(${JSON.stringify(file)}, template${i});`]),
  ].join('\n');
  return bundleOf('templates', files, entry);
}

/**
 * `external`: the packages left out of the bundle (default: every dependency of cardnews).
 * `stamped`: a key that stands for every file the entries import, which are then not read (the
 * bundle's `stamps` and `sources` are empty).
 */
async function bundleOf(kind: string, entries: string[], entry: string, external?: string[], stamped?: string): Promise<Bundle> {
  const inputs = stamped !== undefined ? [] : [...new Set(entries.flatMap(moduleClosure))].sort();
  const sources = new Map<string, Buffer>();
  const stamps = new Map(inputs.map((file) => {
    const { size, mtimeMs } = statSync(file);
    const data = readFileSync(file);
    sources.set(file, data);
    return [file, stampFile(file, undefined, { data, size, mtimeMs }) as FileStamp];
  }));
  const esbuildVersion = (createRequire(import.meta.url)('esbuild/package.json') as { version: string }).version;
  // Packages that go into a bundle are part of its key: npm's record of what it installed.
  const installed = external === undefined ? '' : readIfThere(path.join(packageRoot, 'node_modules', '.package-lock.json')) ?? readFileSync(path.join(packageRoot, 'package.json'), 'utf8');
  // This file too: it holds the options the bundles are made with.
  const key = hashOf(esbuildVersion, readFileSync(fileURLToPath(import.meta.url)), entry, JSON.stringify(external ?? null), installed, stamped ?? '', ...inputs.flatMap((file) => [file, stamps.get(file)?.hash ?? '']));
  const out = path.join(cacheDir, `${kind}-${key}.cjs`);
  if (isWhole(out)) return { out, stamps, sources };
  const left = external ?? Object.keys((JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {});
  // Loaded only to build: a cached bundle costs nothing but a file check.
  const { build } = await import('esbuild');
  try {
    const result = await build({
      stdin: { contents: entry, resolveDir: packageRoot, sourcefile: `${kind}-entry.ts`, loader: 'ts' },
      // Error locations are relative to this: see templateProblem.
      absWorkingDir: packageRoot,
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      jsx: 'automatic',
      jsxImportSource: 'react',
      // Templates get React's runtime through cardnews's, which tells each <Words> where it is
      // written (see jsxDevRuntime.ts and the alias below).
      jsxDev: kind === 'templates',
      // Libraries left outside load from node_modules as usual; the template API is inlined.
      external: left.flatMap((name) => (name.includes('*') ? [name] : [name, `${name}/*`])),
      // ES modules ask import.meta where they are; in CommonJS, the bundle's own file answers.
      banner: { js: "var cardnews_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
      define: { 'import.meta.url': 'cardnews_import_meta_url' },
      // Templates carry a source map, so an error a template throws points into the designer's
      // file (templateErrors.ts); `outfile` only makes its paths relative to where the bundle is.
      ...(kind === 'templates' ? { sourcemap: 'inline' as const, sourcesContent: false, outfile: out } : {}),
      // An image a template imports comes in as a data: URL: drawn offline, and part of the key.
      // esbuild matches endings as written: a camera's IMG_0001.JPG had "no loader".
      loader: Object.fromEntries(DRAWN_IMAGE_ENDINGS.flatMap((ending) => [ending, ending.toUpperCase()]).map((ending) => [ending, 'dataurl' as const])),
      alias: { 'cardnews/template': path.join(packageRoot, 'src', 'template.ts'), ...(kind === 'templates' ? { 'react/jsx-dev-runtime': path.join(packageRoot, 'src', 'compose', 'jsxDevRuntime.ts') } : {}) },
      ...(kind === 'templates' ? { plugins: TEMPLATE_PLUGINS } : {}),
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents;
    if (code === undefined) throw new Error(`esbuild produced no ${kind} bundle`);
    await writeFileAtomic(out, withWholeMark(code));
    pruneCache(kind);
    return { out, stamps, sources };
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    if (errors === undefined || errors.length === 0) throw error;
    throw new UserError(errors.map(templateProblem), { cause: error });
  }
}

function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Bundles of a kind beyond the most recent few (every template edit makes a new one), and code caches of bundles gone. */
const KEEP_BUNDLES = 24;

function pruneCache(kind: string): void {
  const files = readdirSync(cacheDir).filter((f) => f.startsWith(`${kind}-`));
  const bundles = files
    .filter((f) => f.endsWith('.cjs'))
    .map((f) => ({ file: path.join(cacheDir, f), time: statSync(path.join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { file } of bundles.slice(KEEP_BUNDLES)) rmSync(file, { force: true });
  // A code cache is named after its bundle, plus the flags: `<bundle>-<flags>.v8cache`.
  const orphan = (f: string) => f.endsWith('.v8cache') && !existsSync(path.join(cacheDir, `${f.slice(0, f.lastIndexOf('-'))}.cjs`));
  // ES module bundles (.mjs) are what earlier versions of cardnews made.
  for (const f of files.filter((f) => orphan(f) || f.endsWith('.mjs'))) rmSync(path.join(cacheDir, f), { force: true });
}

/** A compile error in a template, pointing into the file like every other problem. */
function templateProblem(message: Message): Problem {
  const at = message.location;
  const unresolved = /^Could not resolve "([^"]+)"/.exec(message.text)?.[1];
  // A theme.ts whose `export const theme` was renamed, or made a default export: every template names it.
  const [, from, name] = /^No matching export in "([^"]+)" for import "([^"]+)"/.exec(message.text) ?? [];
  const missing = from !== undefined && name !== undefined ? missingExport(from, name) : undefined;
  const hint = typeof message.detail === 'string' ? message.detail
    : missing !== undefined ? missing.hint
    : unresolved === undefined ? 'Fix the template file and build again.'
    // Written on Windows, whose paths take \ between folders: an import takes / everywhere.
    // esbuild writes the path as a string literal, each \ doubled.
    : unresolved.includes('\\') ? `Write the path with / instead of \\ ('${unresolved.replaceAll('\\\\', '\\').replaceAll('\\', '/')}'): an import takes / between folders on every system.`
    : /^[./]/.test(unresolved) ? 'Check the file\'s name and folder: the path is relative to this template.'
    : `Install the package into the project (npm install ${unresolved.split('/').slice(0, unresolved.startsWith('@') ? 2 : 1).join('/')}), or take the import out.`;
  const file = at ? path.resolve(packageRoot, at.file) : undefined;
  const lines = file !== undefined && existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/) : [];
  const slip = at && file !== undefined ? compileSlip(message.text, lines, at.line, at.column, /x$/i.test(file)) : undefined;
  if (slip !== undefined && file !== undefined) {
    return { place: { file: displayPath(file), line: slip.line, col: slip.col }, message: `the template cannot be compiled: ${slip.message}`, hint: slip.hint, sourceLine: lines[slip.line - 1] ?? '' };
  }
  const problem: Problem = {
    place: at && file !== undefined ? { file: displayPath(file), line: at.line, col: at.column + 1 } : { file: 'a template', line: 0, col: 0 },
    // esbuild names the file relative to cardnews's folder ("../../home/…/theme.ts"): named as other messages name files.
    message: `the template cannot be compiled: ${missing === undefined || from === undefined ? message.text : message.text.replace(`"${from}"`, `"${missing.module}"`)}`,
    hint,
  };
  return at?.lineText !== undefined ? { ...problem, sourceLine: at.lineText } : problem;
}
