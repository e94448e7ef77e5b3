/**
 * A part of cardnews's installation that will not load — a native binary npm left out
 * (`--omit=optional`), node_modules copied from another system, a package removed by hand — is
 * not a bug in cardnews, and a re-install mends it: say so, instead of "internal error". The
 * error may come from a worker, where only its message crosses over.
 */
import { packageRoot } from '../paths.ts';

const SIGNS = [
  // Node's resolver, for a package that is not there.
  /Cannot find module '((?:@[^/']+\/)?[^./'][^/']*)/,
  // sharp's loader, when its binary for this system is missing.
  /Could not load the "(sharp)" module/,
  // A binary that is there but built for another system.
  /([^/\s]+\.node): (?:invalid ELF header|cannot open shared object file|wrong ELF class)/,
];

/** The message for such an error, or undefined when the error is not one. */
export function describeInstallError(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const part = SIGNS.map((sign) => sign.exec(message)?.[1]).find((found) => found !== undefined);
  if (part === undefined) return undefined;
  const first = message.split('\n')[0] ?? message;
  return `cardnews: cannot load ${part} (${first})\n  → The installation in ${packageRoot} is incomplete, or was made on another system (node_modules copied from another computer): run "npm ci" there, then build again.`;
}
