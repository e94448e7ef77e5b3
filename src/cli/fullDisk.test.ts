/**
 * A full disk is the user's to mend, and says so. Node names no file when a write itself fails
 * (ENOSPC comes from `write`, after the file was opened), and this was "a bug in cardnews".
 * The disk is a small tmpfs mounted, in a mount namespace of the command's own (`unshare`), over
 * the folder it writes: nothing outside that one command sees it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../testing/fixtures.ts';
import { exampleDeck, makeProject, type TestProject } from '../testing/project.ts';

const bin = path.join(repoRoot, 'bin', 'cardnews.js');
const cache = path.join(repoRoot, 'node_modules', '.cache', 'cardnews');

/**
 * Runs `cardnews args` with a tmpfs of `size` over `folder`, as the only thing that sees it;
 * `filled`: with a file of the user's that takes all of it.
 */
function onFullDisk(project: TestProject, folder: string, size: string, filled: boolean, ...args: string[]) {
  const fill = filled ? ' && (cat /dev/zero > "$1/filler" 2>/dev/null; true)' : '';
  const script = `mkdir -p "$1" && mount -t tmpfs -o "size=$2" tmpfs "$1"${fill} && shift 2 && exec "$@"`;
  const result = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script, 'sh', folder, size, process.execPath, bin, ...args], { cwd: project.root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Mounting needs a user namespace (Debian and CI allow one; a locked-down container may not).
const canMount = spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true']).status === 0;

describe.skipIf(!canMount)('a full disk', () => {
  let project: TestProject;
  beforeAll(() => {
    project = makeProject('full-disk');
    project.deck('2024-h2', exampleDeck());
  });
  afterAll(() => project.remove());

  it('is named at the image or manifest it stopped at, with what to do', () => {
    const output = path.join(project.paths.output, '2024-h2');
    // Room for the lock and the manifest, not for the images (80–130 KB each).
    const { code, err } = onFullDisk(project, output, '64k', false, 'build');
    expect(err).toMatch(/^cardnews: cannot use \S*output\/2024-h2\/\S+: the disk is full\n {2}→ Free some space and run the command again\.\nImages written before this are complete; the next build finishes the rest\.\n$/);
    expect(code).toBe(1);
    // The tmpfs went with the command; the build left nothing in the folder beneath it.
    expect(existsSync(output) ? readdirSync(output) : []).toEqual([]);
  });

  it('is named at the lock when nothing more fits at all', () => {
    const { code, err } = onFullDisk(project, path.join(project.paths.output, '2024-h2'), '4k', true, 'build');
    expect(err).toMatch(/^cardnews: cannot use \S*output\/2024-h2\/\.cardnews\.lock: the disk is full\n/);
    expect(code).toBe(1);
  });

  it('is named when cardnews cannot write its own cache', () => {
    // An empty cache folder (the tmpfs) has the command bundle its code again: it does not fit.
    const { code, err } = onFullDisk(project, cache, '4k', false, 'build');
    expect(err).toBe(`cardnews: cannot write its cache folder ${cache}: the disk is full.\nFree some space and run it again.\n`);
    expect(code).toBe(1);
  });
});
