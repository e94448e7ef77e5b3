/**
 * Versions of the tools whose output ends up in the images. A new satori, resvg, sharp or
 * cardnews can change pixels, so they are part of every slide's inputs. Read from package.json
 * files so a build with nothing to do does not load the libraries themselves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { packageRoot } from '../paths.ts';

const require = createRequire(path.join(packageRoot, 'package.json'));

function versionOf(packageJson: string): string {
  const parsed = JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: string };
  return parsed.version ?? 'unknown';
}

/**
 * A dependency's package.json: where Node looks first, else found from its entry point (some
 * packages do not export it). Resolving the entry point took ~5 ms of a build with nothing to do.
 */
function packageJsonOf(name: string): string {
  const beside = path.join(packageRoot, 'node_modules', name, 'package.json');
  if (existsSync(beside)) return beside;
  let dir = path.dirname(require.resolve(name));
  while (!existsSync(path.join(dir, 'package.json')) || !dir.endsWith(path.join('node_modules', name))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the package.json of ${name}`);
    dir = parent;
  }
  return path.join(dir, 'package.json');
}

let cached: Record<string, string> | undefined;

export function toolVersions(): Record<string, string> {
  cached ??= {
    cardnews: versionOf(path.join(packageRoot, 'package.json')),
    satori: versionOf(packageJsonOf('satori')),
    '@resvg/resvg-js': versionOf(packageJsonOf('@resvg/resvg-js')),
    sharp: versionOf(packageJsonOf('sharp')),
  };
  return cached;
}
