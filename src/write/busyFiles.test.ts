/**
 * A file Windows holds for a moment (an antivirus, a thumbnail, a sync client): the write waits
 * for it rather than failing the build. Windows' refusals are played here by a rename that fails.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { busyFiles, writeFileAtomic } from './atomicWrite.ts';

const refusals = vi.hoisted(() => ({ left: 0, code: 'EPERM' }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    rename: async (...args: Parameters<typeof fs.rename>) => {
      if (refusals.left > 0) {
        refusals.left--;
        throw Object.assign(new Error(`${refusals.code}: operation not permitted, rename`), { code: refusals.code });
      }
      return fs.rename(...args);
    },
  };
});

describe('a file another program holds for a moment', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'busy-'));
  afterEach(() => {
    busyFiles.waitMs = process.platform === 'win32' ? 5_000 : 0;
  });

  it('is written once it is free, where Windows holds files: a build failed at the first refusal', async () => {
    busyFiles.waitMs = 2_000;
    refusals.left = 3;
    const file = path.join(dir, '01-cover.png');
    await writeFileAtomic(file, 'drawn');
    expect([readFileSync(file, 'utf8'), refusals.left]).toEqual(['drawn', 0]);
  });

  it('is named, after the wait, when it stays held; and at once where those refusals mean what they say', async () => {
    busyFiles.waitMs = 200;
    refusals.left = 1_000;
    await expect(writeFileAtomic(path.join(dir, '02-case1.png'), 'drawn')).rejects.toMatchObject({ code: 'EPERM', path: path.join(dir, '02-case1.png') });
    // Tried again meanwhile (10, 20, 40, 80 ms apart), then given up.
    expect(1_000 - refusals.left).toBeGreaterThan(3);
    busyFiles.waitMs = 0;
    refusals.left = 1;
    refusals.code = 'EACCES';
    await expect(writeFileAtomic(path.join(dir, '03-case2.png'), 'drawn')).rejects.toMatchObject({ code: 'EACCES' });
    expect(refusals.left).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
