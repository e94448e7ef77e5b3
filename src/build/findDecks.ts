/** Turn the command line's PERIOD|FILE arguments into deck files. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.ts';
import { periodId, type ProjectPaths } from '../paths.ts';

export function findDecks(targets: readonly string[], paths: ProjectPaths): string[] {
  const all = existsSync(paths.data)
    ? readdirSync(paths.data).filter((f) => /\.ya?ml$/i.test(f)).sort().map((f) => path.join(paths.data, f))
    : [];
  if (targets.length === 0) {
    if (all.length === 0) throw new UsageError(`no deck files found in ${paths.data}; add one such as data/2024-h2.yaml`);
    return all;
  }
  return targets.map((target) => {
    const asFile = path.resolve(target);
    if (/\.ya?ml$/i.test(target) && existsSync(asFile) && statSync(asFile).isFile()) return asFile;
    const byPeriod = all.find((f) => periodId(f) === target);
    if (byPeriod !== undefined) return byPeriod;
    const known = all.map(periodId).join(', ') || 'none';
    throw new UsageError(`"${target}" is neither a deck file nor a period in data/ (periods: ${known})`);
  });
}
