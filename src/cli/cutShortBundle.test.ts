/** The command's own bundle (bin/cardnews.js), found cut short, is made again before it runs. */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../testing/fixtures.ts';

const run = promisify(execFile);

describe('the command bundle in the cache', () => {
  // An installation of its own: bin/ and package.json copied, src/ and every package linked,
  // so that its cache folder (node_modules/.cache/cardnews) is no other test's.
  const root = path.join(repoRoot, 'test-tmp', `install-${process.pid}`);
  mkdirSync(path.join(root, 'bin'), { recursive: true });
  mkdirSync(path.join(root, 'node_modules'));
  copyFileSync(path.join(repoRoot, 'bin', 'cardnews.js'), path.join(root, 'bin', 'cardnews.js'));
  copyFileSync(path.join(repoRoot, 'package.json'), path.join(root, 'package.json'));
  symlinkSync(path.join(repoRoot, 'src'), path.join(root, 'src'));
  for (const entry of readdirSync(path.join(repoRoot, 'node_modules')).filter((name) => name !== '.cache')) {
    symlinkSync(path.join(repoRoot, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
  const cache = path.join(root, 'node_modules', '.cache', 'cardnews');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is made again when a file of it is empty or cut short, and the command runs as usual', async () => {
    const version = () => run(process.execPath, [path.join(root, 'bin', 'cardnews.js'), '--version']).then(({ stdout }) => stdout);
    const expected = await version();
    expect(expected).toMatch(/^cardnews \d+\.\d+\.\d+ \(satori /);
    const [bundle, ...others] = readdirSync(cache).filter((name) => name.startsWith('cli-'));
    expect(others).toEqual([]);
    const dir = path.join(cache, bundle ?? '');
    const made = new Map(readdirSync(dir).map((file) => [file, readFileSync(path.join(dir, file))]));
    // An empty run.mjs ran nothing and exited 0: `cardnews build` did nothing and said nothing.
    const chunk = [...made.keys()].find((file) => file !== 'run.mjs') ?? '';
    for (const [file, cut] of [['run.mjs', 0], [chunk, 10]] as const) {
      writeFileSync(path.join(dir, file), made.get(file)?.subarray(0, cut) ?? '');
      expect(await version(), `${file} cut to ${cut} bytes`).toBe(expected);
      expect(new Map(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f))]))).toEqual(made);
    }
  });
});
