/** The command's own bundle (bin/cardnews.js), found cut short, is made again before it runs. */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { installOfItsOwn } from '../testing/install.ts';

const run = promisify(execFile);

describe('the command bundle in the cache', () => {
  const install = installOfItsOwn(`install-${process.pid}`);
  const { cache } = install;
  afterAll(() => install.remove());

  it('is made again when a file of it is empty or cut short, and the command runs as usual', async () => {
    const version = () => run(process.execPath, [install.bin, '--version']).then(({ stdout }) => stdout);
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
