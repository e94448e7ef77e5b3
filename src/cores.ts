/**
 * How many cores a build may use: the CPUs this process may run on, and no more than the CPU
 * quota of its container (a CI job given 2 CPUs on a 64-core machine). Node 20's
 * availableParallelism() counts only the first (libuv reads quotas from version 1.49, which
 * Node 22 has): in such a container every build started a worker per core of the machine, each
 * loading satori, resvg and sharp — 64 of them on 2 cores took 3.5 times as long as 2, in 3.3 GB.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

let known: number | undefined;

/** `root`: where `/proc` and `/sys` are, for tests. */
export function usableCores(root = '/'): number {
  if (root === '/' && known !== undefined) return known;
  const quota = cpuQuota(root);
  const cores = Math.max(1, Math.min(availableParallelism(), quota === undefined ? Infinity : Math.floor(quota)));
  if (root === '/') known = cores;
  return cores;
}

/** The CPU quota of this process's cgroup in CPUs (2.5 for "250000 100000"), when it has one. */
function cpuQuota(root: string): number | undefined {
  const groups = read(path.join(root, 'proc/self/cgroup'))?.split('\n') ?? [];
  const mounts = path.join(root, 'sys/fs/cgroup');
  // cgroup v2: "0::/its/path", and cpu.max holds "max 100000" (none) or "200000 100000". Inside
  // a container the group's own folder is usually mounted as the root: both are tried.
  const v2 = groups.find((line) => line.startsWith('0::'))?.slice(3);
  if (v2 !== undefined) {
    const [quota, period] = (read(path.join(mounts, v2, 'cpu.max')) ?? read(path.join(mounts, 'cpu.max')) ?? '').trim().split(/\s+/);
    if (Number(quota) > 0 && Number(period) > 0) return Number(quota) / Number(period);
  }
  // cgroup v1: "4:cpu,cpuacct:/its/path", and cpu.cfs_quota_us (-1 for none) over cpu.cfs_period_us.
  const v1 = groups.map((line) => /^\d+:([^:]*):(.*)$/.exec(line)).find((match) => match?.[1]?.split(',').includes('cpu'));
  if (v1 === undefined || v1 === null) return undefined;
  const controllers = v1[1] ?? 'cpu';
  const group = v1[2] ?? '';
  for (const dir of [path.join(mounts, controllers, group), path.join(mounts, controllers), path.join(mounts, 'cpu', group), path.join(mounts, 'cpu')]) {
    const quota = Number(read(path.join(dir, 'cpu.cfs_quota_us')));
    const period = Number(read(path.join(dir, 'cpu.cfs_period_us')));
    if (quota > 0 && period > 0) return quota / period;
  }
  return undefined;
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
