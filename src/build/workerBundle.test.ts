/**
 * The workers' bundle of cardnews's own code, as the command makes it: keyed by the stamps of
 * src/ that the launcher takes for its own bundle, so that an edit of a source the workers run
 * makes a new one, and a build without one takes the bundle it made before.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { deckText } from '../testing/decks.ts';
import { installOfItsOwn } from '../testing/install.ts';

const run = promisify(execFile);

describe('the worker bundle the command makes', () => {
  const install = installOfItsOwn(`worker-bundle-${process.pid}`, { ownSources: true });
  afterAll(() => install.remove());

  it('is made again after an edit of a source only the workers run, and taken as it is otherwise', async () => {
    mkdirSync(path.join(install.root, 'data'));
    writeFileSync(path.join(install.root, 'data', 'h1.yaml'), deckText(['가 사례']));
    const bundles = () => readdirSync(install.cache).filter((f) => /^(worker|loader)-[0-9a-f]+\.cjs$/.test(f)).sort();
    const build = async () => {
      const { stdout } = await run(process.execPath, [install.bin, 'build', '--force'], { cwd: install.root });
      expect(stdout).toContain('rendered 3, up to date 0');
      return bundles();
    };
    const first = await build();
    expect(first.map((f) => f.replace(/-.*/, ''))).toEqual(['loader', 'worker']);
    expect(await build()).toEqual(first);
    // A comment changes nothing the worker does, but a source changed is a bundle made again.
    appendFileSync(path.join(install.root, 'src', 'build', 'worker.ts'), '\n// edited\n');
    const after = await build();
    expect(after).toHaveLength(4);
    expect(after).toEqual(expect.arrayContaining(first));
  });
});
