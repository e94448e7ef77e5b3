/**
 * A pool of render workers, started only when there is something to render (so a build with
 * nothing to do never loads satori, resvg or sharp) and no more than there is work for.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UserError, type Problem } from '../errors.ts';
import type { Task, TaskResult, WorkerReply } from './tasks.ts';

interface Pending {
  task: Task;
  resolve: (value: never) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | undefined;
  id: number;
}

const entry = new URL('./workerEntry.js', import.meta.url);

export class WorkerPool {
  private readonly queue: Pending[] = [];
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number = availableParallelism()) {}

  run<T extends Task>(task: T): Promise<TaskResult<T>> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<TaskResult<T>>((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (value: never) => void, reject });
      this.pump();
    });
  }

  /** Stop every worker now (Ctrl-C, an aborted build); unfinished tasks fail. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('the build was stopped');
    for (const pending of this.queue.splice(0)) pending.reject(error);
    await Promise.all(this.slots.map(async (slot) => {
      slot.busy?.reject(error);
      slot.busy = undefined;
      await slot.worker.terminate();
    }));
    this.slots.length = 0;
  }

  private pump(): void {
    for (;;) {
      const next = this.queue[0];
      if (next === undefined) return;
      let slot = this.slots.find((s) => s.busy === undefined);
      if (slot === undefined && this.slots.length < Math.max(1, this.size)) slot = this.spawn();
      if (slot === undefined) return;
      this.queue.shift();
      slot.busy = next;
      slot.id = this.nextId++;
      slot.worker.postMessage({ id: slot.id, task: next.task });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(entry);
    const slot: Slot = { worker, busy: undefined, id: -1 };
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.busy;
      if (pending === undefined || reply.id !== slot.id) return;
      slot.busy = undefined;
      if (reply.ok) pending.resolve(reply.value as never);
      else pending.reject(replyError(reply));
      this.pump();
    });
    const fail = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.busy?.reject(error);
      slot.busy = undefined;
      if (!this.closed) this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a render worker stopped unexpectedly (exit code ${code})`)));
    this.slots.push(slot);
    return slot;
  }
}

function replyError(reply: Extract<WorkerReply, { ok: false }>): Error {
  if (Array.isArray(reply.problems)) return new UserError(reply.problems as Problem[]);
  const error = new Error(reply.message);
  if (reply.stack !== undefined) error.stack = reply.stack;
  return error;
}
