/**
 * An installation of cardnews of its own, for tests of what depends on where it is installed: its
 * bin/ and package.json copied, src/, templates/ and every package linked, so that its cache
 * folder (node_modules/.cache/cardnews) is no other test's. With `ownSources`, src/ is copied,
 * for a test to edit.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './fixtures.ts';

export interface Install {
  root: string;
  /** Its bin/cardnews.js. */
  bin: string;
  /** Its node_modules/.cache/cardnews. */
  cache: string;
  remove(): void;
}

/** `folder`: the installation's folder name inside test-tmp/. */
export function installOfItsOwn(folder: string, { ownSources = false } = {}): Install {
  const root = path.join(repoRoot, 'test-tmp', folder);
  mkdirSync(path.join(root, 'bin'), { recursive: true });
  mkdirSync(path.join(root, 'node_modules'));
  copyFileSync(path.join(repoRoot, 'bin', 'cardnews.js'), path.join(root, 'bin', 'cardnews.js'));
  copyFileSync(path.join(repoRoot, 'package.json'), path.join(root, 'package.json'));
  for (const linked of ownSources ? ['templates'] : ['src', 'templates']) symlinkSync(path.join(repoRoot, linked), path.join(root, linked));
  // Copied with their times, which the command's bundles are keyed by.
  if (ownSources) cpSync(path.join(repoRoot, 'src'), path.join(root, 'src'), { recursive: true, preserveTimestamps: true });
  for (const entry of readdirSync(path.join(repoRoot, 'node_modules')).filter((name) => name !== '.cache')) {
    symlinkSync(path.join(repoRoot, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
  return {
    root,
    bin: path.join(root, 'bin', 'cardnews.js'),
    cache: path.join(root, 'node_modules', '.cache', 'cardnews'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
