/**
 * How worker code asks its loader (workerLoader.ts) to save V8's code cache: the two are
 * separate bundles, so they meet on a global. Outside a loaded worker there is no saver.
 */
const SAVER = Symbol.for('cardnews.saveCodeCache');

type Saver = () => Promise<void>;

export function setCodeCacheSaver(save: Saver): void {
  (globalThis as { [SAVER]?: Saver })[SAVER] = save;
}

/** Save the cache once, if the loader has none that V8 took. */
export function saveCodeCache(): Promise<void> {
  const holder = globalThis as { [SAVER]?: Saver };
  const save = holder[SAVER];
  delete holder[SAVER];
  return save?.() ?? Promise.resolve();
}
