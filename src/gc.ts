/**
 * Explicit garbage collection, for the two places where memory outside the JS heap waits on a
 * collection that V8, not seeing that memory, would start late: resvg's images (after each
 * slide, a minor collection) and HarfBuzz's wasm memory (after subsetting, a full one).
 * `--expose-gc` set at run time makes `gc` available to a new context.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

/** About a millisecond: collects short-lived objects only. */
export function collectYoung(): void {
  gc({ type: 'minor' });
}

/** A full collection; only for rare moments such as after subsetting fonts. */
export function collectAll(): void {
  gc({ type: 'major' });
}
