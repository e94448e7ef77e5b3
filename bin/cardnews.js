#!/usr/bin/env node
// Entry point. The CLI is TypeScript; rather than a TypeScript loader on every run, it runs from
// a JavaScript bundle of src/ that esbuild makes once and caches in node_modules/.cache/cardnews/,
// keyed by the sources' sizes and modification times (editing src/ makes a new one).
import { createHash } from 'node:crypto';
import { accessSync, closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, readdirSync, readSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// An older Node fails somewhere inside with words of its own: say what is needed instead.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 11)) {
  process.stderr.write(`cardnews needs Node 20.11 or newer; this is Node ${process.versions.node}.\nInstall the current Node LTS from https://nodejs.org and run it again.\n`);
  process.exit(1);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const cache = path.join(root, 'node_modules', '.cache', 'cardnews');
const DAY_MS = 24 * 60 * 60 * 1000;

function stampSources(dir, hash) {
  // In code-unit order: the hash needs an order that never changes, not a language's
  // (localeCompare's first call loads ICU's collation, ~20 ms of every command).
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) stampSources(file, hash);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      const { size, mtimeMs } = statSync(file);
      hash.update(`${file}\0${size}\0${mtimeMs}\0`);
    }
  }
}

function cannotWriteCache(error) {
  const full = error.code === 'ENOSPC' || error.code === 'EDQUOT';
  process.stderr.write(full
    ? `cardnews: cannot write its cache folder ${cache}: the disk is full.\nFree some space and run it again.\n`
    : `cardnews: cannot write its cache folder ${cache} (${error.code ?? error.message}).\nRun cardnews as the user who installed it, or make that folder writable.\n`);
  process.exit(1);
}

// Each file of the bundle ends with this comment, so that one cut short (a machine that lost its
// power before the disk had it, a copy of the project that stopped half-way) is made again: an
// empty run.mjs ran nothing and exited 0. src/write/wholeFile.ts marks the other caches the same way.
const WHOLE_MARK = Buffer.from('\n// cardnews: end of a whole file\n');

function endsWithMark(file) {
  const fd = openSync(file, 'r');
  try {
    const end = Buffer.alloc(WHOLE_MARK.length);
    const size = fstatSync(fd).size;
    return size >= end.length && readSync(fd, end, 0, end.length, size - end.length) === end.length && end.equals(WHOLE_MARK);
  } finally {
    closeSync(fd);
  }
}

function wholeBundle(dir) {
  try {
    const files = readdirSync(dir);
    return files.includes('run.mjs') && files.every((file) => endsWithMark(path.join(dir, file)));
  } catch {
    return false;
  }
}

const hash = createHash('sha256');
stampSources(src, hash);
hash.update(readFileSync(path.join(root, 'package.json')));
// And how this file bundles them.
hash.update(readFileSync(fileURLToPath(import.meta.url)));
const name = `cli-${hash.digest('hex').slice(0, 16)}`;
// The same stamps key the workers' bundles of src/ (workerBundle() in src/build/workerBundle.ts), which would
// otherwise follow src/'s imports and read every file they reach (~35–48 ms before a worker starts).
process.env.CARDNEWS_SOURCES_KEY = name;
const outdir = path.join(cache, name);
if (!wholeBundle(outdir)) {
  // Run from a fresh clone before `npm install`: say so, not Node's "Cannot find package" and its stack.
  const esbuild = await import('esbuild').catch((error) => {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    process.stderr.write(`cardnews: its packages are not installed (${path.join(root, 'node_modules')} has no esbuild).\nRun npm install (or npm ci) in ${root}, then run it again.\n`);
    process.exit(1);
  });
  try {
    mkdirSync(cache, { recursive: true });
    accessSync(cache, constants.W_OK);
  } catch (error) {
    cannotWriteCache(error);
  }
  const { build } = esbuild;
  const temp = `${outdir}.tmp-${process.pid}`;
  // Packages load from node_modules, except the YAML parser: 74 CommonJS files that took ~40 ms
  // to find and compile, on the main thread, before any build could read its decks.
  const { dependencies = {} } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const external = Object.keys(dependencies).filter((name) => name !== 'yaml').flatMap((name) => [name, `${name}/*`]);
  // Code splitting keeps the parts a build with nothing to do never runs in chunks of their own.
  const { outputFiles } = await build({
    entryPoints: [path.join(src, 'cli', 'run.ts')],
    outdir: temp,
    // Written below, where a full disk can be told as such (esbuild's own write failed with a stack).
    write: false,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external,
    // The bundled CommonJS asks for Node's own modules with require(), which ES modules lack.
    banner: { js: "import { createRequire as cardnewsRequire } from 'node:module'; const require = cardnewsRequire(import.meta.url);" },
    logLevel: 'error',
  });
  try {
    for (const file of outputFiles) {
      mkdirSync(path.dirname(file.path), { recursive: true });
      writeFileSync(file.path, Buffer.concat([file.contents, WHOLE_MARK]));
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    cannotWriteCache(error);
  }
  try {
    renameSync(temp, outdir);
  } catch {
    // There is one already. Bundles appear whole, by this rename: one that is not was damaged
    // from outside, and makes way; a whole one another run made meanwhile, and may be running from.
    try {
      if (!wholeBundle(outdir)) {
        const aside = `${outdir}.damaged-${process.pid}`;
        renameSync(outdir, aside);
        rmSync(aside, { recursive: true, force: true });
        renameSync(temp, outdir);
      }
    } catch {
      // Another run moved the damaged one aside, or put its own in place, at the same moment: either serves.
    }
    rmSync(temp, { recursive: true, force: true });
  }
  // Bundles of other sources, once unused for a day: another build may still be running from one
  // (src/ edited, or a second checkout sharing this node_modules), and loads its chunks as it goes.
  for (const old of readdirSync(cache)) {
    if (!old.startsWith('cli-') || old === name) continue;
    const dir = path.join(cache, old);
    // Another run may remove it between the listing and this look at it.
    const unused = Date.now() - (statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (unused > DAY_MS) rmSync(dir, { recursive: true, force: true });
  }
} else {
  // What "unused" is measured by (above): a few microseconds. A cache of another user's, which
  // this one may read but not touch, is left as it is.
  try {
    const now = new Date();
    utimesSync(outdir, now, now);
  } catch {}
}
await import(pathToFileURL(path.join(outdir, 'run.mjs')).href);
