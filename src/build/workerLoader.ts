/**
 * What a render worker runs first: it compiles the worker bundle (workerBundle.ts) with V8's
 * code cache, then runs it. The bundle is 2.3 MB of satori, React and cardnews; compiling it
 * and then each function on its first call cost each worker ~50–90 ms of every cold build.
 * The cache holds the bytecode of every function the worker had compiled by the time it was
 * made: after the worker's first slide (see worker.ts), by whichever build found no cache that
 * V8 would take (none yet, or made by another Node or under other flags).
 *
 * The bundle is CommonJS, run in a function like Node's own modules: V8 caches scripts, and
 * Node offers no code cache for ES modules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { threadId, workerData } from 'node:worker_threads';
import { trace, traceThread } from '../trace.ts';
import { writeFileAtomic } from '../write/atomicWrite.ts';
import { setCodeCacheSaver } from './codeCache.ts';

const { bundle, codeCache } = workerData as { bundle: string; codeCache: string };
traceThread(threadId);

let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(codeCache);
} catch {
  // None yet: this worker will make it.
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`, { filename: bundle, ...(cachedData !== undefined ? { cachedData } : {}) });
const taken = cachedData !== undefined && script.cachedDataRejected !== true;
trace(`worker code compiled, ${taken ? 'from its code cache' : cachedData === undefined ? 'no code cache yet' : 'code cache refused'}`);
// A cache is only a head start: a folder the build cannot write to costs later builds time, no more.
setCodeCacheSaver(taken ? async () => undefined : () => writeFileAtomic(codeCache, script.createCachedData()).catch(() => undefined));

const module = { exports: {} };
const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
run(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
