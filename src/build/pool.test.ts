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

  it('plans the last cases on the first worker free, and draws a slide where the first task of its affinity ran', async () => {
    // Three cases planned: the third waits for the first worker free (it was sent ahead to the
    // worker of the first, busy with a long case, while the other finished and sat idle).
    const planned = await Promise.all([pool.run(setup, task('paginate', 400), '1'), pool.run(setup, task('paginate', 50), '2'), pool.run(setup, task('paginate', 50), '3')]);
    expect(planned[2]).toBe(planned[1]);
    expect(planned[2]).not.toBe(planned[0]);
    // A case's later pages, laid out where they sit, go to whichever worker is free: three pages
    // while one worker is busy with a long one run on the other; each is drawn where it was laid out.
    const long = pool.run(setup, task('measure', 400), '1');
    const pages = await Promise.all([pool.run(setup, task('measure', 30), '3\x001'), pool.run(setup, task('measure', 30), '3\x002'), pool.run(setup, task('measure', 30), '3\x003')]);
    const busy = await long;
    expect(pages.every((worker) => worker !== busy)).toBe(true);
    expect(await pool.run(setup, task('render', 10), '3\x002')).toBe(pages[1]);
    expect(await pool.run(setup, task('render', 10), '1')).toBe(busy);
  });
});
