/**
 * The process around the CLI: Ctrl-C stops the workers and lets the build tidy up (locks,
 * temporary files) before exiting with the code main() returns.
 */
import v8 from 'node:v8';
import { main } from './main.ts';

/*
 * No optimizing compilers in the command and its workers: a build is short, and V8 spent more
 * time optimizing than the optimized code saved. TurboFan compiled satori's large functions
 * again in every worker; wasm tier-up recompiled yoga (satori's layout engine) and HarfBuzz on
 * background threads that took the cores from the workers. Measured on 2 cores, the example
 * period cold: 2.4 s → 1.75 s (no TurboFan) → 1.2 s (wasm kept at its baseline tier, Liftoff);
 * 200 slides on 2 workers 6.2 → 5.0 → 4.7 s; on 1 worker unchanged. V8 flags hold for the whole
 * process, workers included: set here, in the command, not in the build a program may import.
 * Garbage collection without helper threads (`--single-threaded-gc`) gains another ~5 %, but V8
 * crashes when that one is set after start: `npm run build` passes it to node.
 */
v8.setFlagsFromString('--no-opt --liftoff-only');

// Output piped into a command that stops reading early (`| head`) must not crash the build:
// it finishes, quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());
process.exitCode = await main(process.argv.slice(2), undefined, process.cwd(), controller.signal);
