/**
 * What satori and the libraries it uses print with console.warn while they lay out a slide
 * ("Circular reference detected for CSS variable"): each is a style drawn other than it was
 * written, and printed by a worker it scrolled past a build that then succeeded, once per
 * slide, with no line. Collected here instead, for the build to name.
 *
 * Layouts on one thread may overlap (a case's pages are measured at once): a warning goes to
 * every layout running, which is enough to name its template line.
 */
type Listener = (message: string) => void;

const listeners = new Set<Listener>();
let printing: typeof console.warn | undefined;

function collect(...args: unknown[]): void {
  const message = args.map(String).join(' ');
  for (const listener of listeners) listener(message);
}

export async function collectingWarnings<T>(listener: Listener, run: () => Promise<T>): Promise<T> {
  if (listeners.size === 0) {
    printing = console.warn;
    console.warn = collect;
  }
  listeners.add(listener);
  try {
    return await run();
  } finally {
    listeners.delete(listener);
    if (listeners.size === 0 && printing !== undefined) {
      console.warn = printing;
      printing = undefined;
    }
  }
}
