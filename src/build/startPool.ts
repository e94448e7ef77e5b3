/**
 * Start the render workers as soon as a build knows it has work, before the rest of the build's
 * code is loaded: a worker takes longer to load satori, resvg and sharp than the build takes to
 * read its decks, so every millisecond before they start is one the build waits at the end.
 */
// gc.ts sets --expose-gc as it loads, in this thread and in each worker. V8 takes a code cache
// only under the flags it was made under (workerLoader.ts): the flag must be set before any
// worker compiles its code, not while one does (half the workers then refused their cache).
import { usableCores } from '../cores.ts';
import '../gc.ts';
import { WorkerPool } from './pool.ts';
import { workerBundle } from './workerBundle.ts';

/**
 * `start`: 'all' when a period has many slides to draw (see freshness.ts), work for every worker
 * at once; 'one' for an edit of a deck, which may need only one; 'none' when the layouts will
 * likely all come from the manifests. The pool starts more if more work comes.
 */
export function startPool(start: 'all' | 'one' | 'none', jobs: number | undefined, taskLimitMs?: number): Promise<WorkerPool> {
  return workerBundle().then((entry) => {
    const pool = new WorkerPool(entry, jobs, taskLimitMs);
    // No more than one a core at once: a --jobs above the cores made 64 workers load for 14 slides.
    pool.start(start === 'all' ? Math.min(pool.size, usableCores()) : start === 'one' ? 1 : 0);
    return pool;
  });
}
