/**
 * The V8 flags the cardnews command runs with, for its own thread and its workers (run.ts sets
 * them before any worker starts; a program that imports the build keeps its own).
 *
 * No optimizing compilers: a build is short, and V8 spent more time optimizing than the
 * optimized code saved. TurboFan compiled satori's large functions again in every worker; wasm
 * tier-up recompiled yoga (satori's layout engine) and HarfBuzz on background threads that took
 * the cores from the workers. Measured on 2 cores, the example period cold: 2.4 s → 1.75 s (no
 * TurboFan) → 1.2 s (wasm kept at its baseline tier, Liftoff); 200 slides on 2 workers 6.2 →
 * 5.0 → 4.7 s; on 1 worker unchanged. Garbage collection without helper threads
 * (`--single-threaded-gc`) gains another ~5 %, but V8 crashes when that one is set after start:
 * `npm run build` passes it to node.
 */
import v8 from 'node:v8';

const BUILD_FLAGS = '--no-opt --liftoff-only';
let set = false;

export function setBuildFlags(): void {
  v8.setFlagsFromString(BUILD_FLAGS);
  set = true;
}

/**
 * The flags this process compiles code under. V8 refuses a code cache made under other flags,
 * so they are part of its name (workerBundle.ts): the command and a test run keep one each.
 */
export function flagsInEffect(): string {
  return [...process.execArgv, ...(set ? [BUILD_FLAGS] : [])].join(' ');
}
