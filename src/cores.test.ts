/** How many cores a build takes, under a container's CPU quota (cgroup v2 and v1) and without one. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { usableCores } from './cores.ts';

let root = '';

/** A fake `/` holding `files` (path → text). */
function fakeRoot(files: Record<string, string>): string {
  root = mkdtempSync(path.join(tmpdir(), 'cardnews-cores-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('usable cores', () => {
  // Quotas of one CPU (and a half): fewer than the 2 cores of this project's machine, so the count is the quota's.
  it('takes a cgroup v2 quota, in the group folder or at the root a container mounts, rounded down', () => {
    expect(usableCores(fakeRoot({ 'proc/self/cgroup': '0::/ci/job\n', 'sys/fs/cgroup/ci/job/cpu.max': '150000 100000\n' }))).toBe(1);
    expect(usableCores(fakeRoot({ 'proc/self/cgroup': '0::/\n', 'sys/fs/cgroup/cpu.max': '100000 100000\n' }))).toBe(1);
    // A quota below one CPU still runs one worker.
    expect(usableCores(fakeRoot({ 'proc/self/cgroup': '0::/\n', 'sys/fs/cgroup/cpu.max': '50000 100000\n' }))).toBe(1);
  });

  it('takes a cgroup v1 quota of the cpu controller', () => {
    const files = { 'proc/self/cgroup': '5:memory:/x\n4:cpu,cpuacct:/docker/abc\n0::/\n', 'sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us': '100000\n', 'sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us': '100000\n' };
    expect(usableCores(fakeRoot(files))).toBe(1);
  });

  it('counts every CPU it may run on when there is no quota, or no cgroup at all', () => {
    expect(usableCores(fakeRoot({ 'proc/self/cgroup': '0::/\n', 'sys/fs/cgroup/cpu.max': 'max 100000\n' }))).toBe(availableParallelism());
    expect(usableCores(fakeRoot({ 'proc/self/cgroup': '1:cpu:/\n', 'sys/fs/cgroup/cpu/cpu.cfs_quota_us': '-1\n', 'sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000\n' }))).toBe(availableParallelism());
    expect(usableCores(fakeRoot({}))).toBe(availableParallelism());
  });
});
