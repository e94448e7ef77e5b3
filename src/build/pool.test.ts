/**
 * Which worker of the pool runs which task, with workers that only wait as long as a task says
 * and answer with their thread's id: the decisions, apart from what satori takes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerPool } from './pool.ts';
import type { RenderSetup, Task } from './tasks.ts';

// A worker as the pool talks to it: a task in, after `ms`, its thread's id out.
const FAKE_WORKER = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id, task }) => setTimeout(() => parentPort.postMessage({ id, ok: true, value: threadId }), task.ms));
`;

const setup = { key: 'setup' } as RenderSetup;
/** A task of `kind` that takes `ms` (the fake worker reads nothing else). */
const task = (kind: Task['kind'], ms: number) => ({ kind, ms }) as unknown as Task;

describe('the worker pool', () => {
  let dir: string;
  let pool: WorkerPool;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cardnews-pool-'));
    writeFileSync(path.join(dir, 'worker.cjs'), FAKE_WORKER);
    pool = new WorkerPool({ loader: path.join(dir, 'worker.cjs'), bundle: '', codeCache: '' }, 2);
  });
  afterAll(async () => {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('confirms a case on the first worker free, not behind another case on the worker that planned it', async () => {
    // Three cases planned: the third is sent ahead to the first worker, busy with a long case.
    const planned = await Promise.all([pool.run(setup, task('paginate', 400), '1'), pool.run(setup, task('paginate', 50), '2'), pool.run(setup, task('paginate', 50), '3')]);
    expect(planned[2]).toBe(planned[0]);
    // Their pages confirmed: the third's goes to the worker of the short second case once it is
    // free, and its slides are drawn there. It waited for the long case, the other worker idle.
    const confirmed = await Promise.all([pool.run(setup, task('confirm', 400), '1'), pool.run(setup, task('confirm', 50), '2'), pool.run(setup, task('confirm', 50), '3')]);
    expect(confirmed[2]).toBe(confirmed[1]);
    expect(confirmed[2]).not.toBe(confirmed[0]);
    expect(await pool.run(setup, task('render', 10), '3')).toBe(confirmed[1]);
  });
});
