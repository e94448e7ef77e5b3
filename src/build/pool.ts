/**
 * A pool of render workers, made only when there is something to render (so a build with
 * nothing to do never loads satori, resvg or sharp); workers start on request or as tasks come,
 * up to the pool's size. Each worker gets its next task before it finishes the current one, so
 * it never sits idle waiting for this thread; only the last tasks that may run anywhere wait for
 * the first worker free instead.
 */
import { Worker } from 'node:worker_threads';
import { usableCores } from '../cores.ts';
import { UserError, type Problem } from '../errors.ts';
import { trace } from '../trace.ts';
import type { RenderSetup, Task, TaskResult, WorkerReply } from './tasks.ts';
import type { WorkerEntry } from './workerBundle.ts';
import { runawayError, TASK_LIMIT_MS } from './runaway.ts';

interface Pending {
  task: Task;
  setup: RenderSetup;
  /** Tasks with the same affinity run on the same worker (the first one with room for it). */
  affinity: string | undefined;
  /** Told when a worker begins the task (it runs its tasks in the order they were sent). */
  onStart: (() => void) | undefined;
  resolve: (value: never) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
  /** Setups this worker has been sent. */
  setups: Set<string>;
  /** Stops the worker should the task it runs not end (see runaway.ts). */
  watch?: NodeJS.Timeout;
}

/** Tasks sent to a worker ahead of its replies: the one it runs and the next. */
const AHEAD = 2;

export class WorkerPool {
  private readonly queue: Pending[] = [];
  private readonly slots: Slot[] = [];
  /** The worker each affinity's tasks run on. */
  private readonly homes = new Map<string, Slot>();
  private nextId = 0;
  private closed = false;
  /** A look for idle workers to take slides from busy ones is due (see pump). */
  private stealing = false;

  constructor(
    private readonly entry: WorkerEntry,
    readonly size: number = usableCores(),
    private readonly taskLimitMs = TASK_LIMIT_MS,
  ) {}

  run<T extends Task>(setup: RenderSetup, task: T, affinity?: string, onStart?: () => void): Promise<TaskResult<T>> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<TaskResult<T>>((resolve, reject) => {
      this.queue.push({ task, setup, affinity, onStart, resolve: resolve as (value: never) => void, reject });
      this.pump();
    });
  }

  /** Start up to `count` workers now, before there are tasks: they take a while to load. */
  start(count: number): void {
    while (this.slots.length < Math.min(count, this.size)) this.spawn();
  }

  /** Stop every worker now (Ctrl-C, an aborted build); unfinished tasks fail. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('the build was stopped');
    for (const pending of this.queue.splice(0)) pending.reject(error);
    await Promise.all(this.slots.map(async (slot) => {
      for (const pending of slot.inFlight.values()) pending.reject(error);
      slot.inFlight.clear();
      await slot.worker.terminate();
    }));
    this.slots.length = 0;
  }

  private pump(): void {
    // Tasks that will go wherever there is room first (a case's planning, the cover's layout).
    let homeless = this.queue.filter((p) => this.homeOf(p) === undefined).length;
    for (let i = 0; i < this.queue.length; ) {
      const next = this.queue[i];
      const free = next !== undefined && this.homeOf(next) === undefined;
      const slot = next && this.slotFor(next, homeless);
      if (next === undefined || slot === undefined) {
        i++;
        continue;
      }
      if (free) homeless--;
      this.queue.splice(i, 1);
      this.send(slot, next);
    }
    if (!this.stealing && this.slots.some((s) => s.inFlight.size === 0) && this.queue.some((p) => p.task.kind === 'render')) {
      // Not at once: a build hands over its slides one after another, and a worker is idle
      // only until its own come. Stealing then cost a layout for nothing (measured: the first
      // slide of another worker's case was laid out again at the start of every other build).
      this.stealing = true;
      setImmediate(() => {
        this.stealing = false;
        this.steal();
      });
    }
  }

  /**
   * A worker with nothing to do takes a slide to draw from a busy one: it lays the slide out
   * again (its home worker kept that layout), which costs less than waiting at the end. It takes
   * the last one queued, which the busy worker would come to last.
   */
  private steal(): void {
    if (this.closed) return;
    for (const idle of this.slots.filter((s) => s.inFlight.size === 0)) {
      let index = this.queue.length - 1;
      while (index >= 0 && this.queue[index]?.task.kind !== 'render') index--;
      const stolen = index >= 0 ? this.queue.splice(index, 1)[0] : undefined;
      if (stolen !== undefined) this.send(idle, stolen);
    }
  }

  private send(slot: Slot, pending: Pending): void {
    const id = this.nextId++;
    const idle = slot.inFlight.size === 0;
    slot.inFlight.set(id, pending);
    if (idle) this.begin(slot, pending);
    const setup = slot.setups.has(pending.setup.key) ? undefined : pending.setup;
    slot.setups.add(pending.setup.key);
    slot.worker.postMessage({ id, task: pending.task, ...(setup !== undefined ? { setup } : {}) });
  }

  /** The worker a task's affinity runs on, while it runs. */
  private homeOf(pending: Pending): Slot | undefined {
    const home = pending.affinity === undefined ? undefined : this.homes.get(pending.affinity);
    return home !== undefined && this.slots.includes(home) ? home : undefined;
  }

  /**
   * A worker with room for this task. A task with an affinity goes where the first task of that
   * affinity went; that first one, like any other, goes to an idle worker, a new one while
   * there may be more, or the least busy — so whichever worker frees up first takes the next case.
   * Sent ahead to a busy worker only while more such tasks wait (`homeless`) than there are
   * workers: the last ones wait for the first worker free. The third of three long cases, sent
   * ahead to the worker of the second, was planned there while the first's worker sat idle.
   */
  private slotFor(pending: Pending, homeless: number): Slot | undefined {
    const home = this.homeOf(pending);
    if (home !== undefined) return home.inFlight.size < AHEAD ? home : undefined;
    const slot = this.slots.find((s) => s.inFlight.size === 0)
      ?? (this.slots.length < Math.max(1, this.size) ? this.spawn() : undefined)
      ?? (homeless > this.slots.length ? this.slots.filter((s) => s.inFlight.size < AHEAD).sort((a, b) => a.inFlight.size - b.inFlight.size)[0] : undefined);
    if (slot !== undefined && pending.affinity !== undefined) this.homes.set(pending.affinity, slot);
    return slot;
  }

  private spawn(): Slot {
    trace('starting a worker');
    const worker = new Worker(this.entry.loader, {
      workerData: { bundle: this.entry.bundle, codeCache: this.entry.codeCache },
      // React's production JSX runtime: the development one validates every element, for nothing here.
      env: { ...process.env, NODE_ENV: process.env['NODE_ENV'] ?? 'production' },
      // A worker holds ~30 MB of live data; without limits V8 let each heap grow to ~90 MB.
      // Measured on 200 slides with 2 workers: peak RSS 425 → ~350 MB, time unchanged.
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 160 },
    });
    const slot: Slot = { worker, inFlight: new Map(), setups: new Set() };
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.inFlight.get(reply.id);
      if (pending === undefined) return;
      slot.inFlight.delete(reply.id);
      clearTimeout(slot.watch);
      // Replies that came together: one announced late would stay "being drawn" once done.
      pending.onStart = undefined;
      if (reply.ok) pending.resolve(reply.value as never);
      else pending.reject(replyError(reply));
      // The task sent ahead of this reply is the one the worker has gone on to: said once the
      // finished one has been reported, so a progress never shows more slides than workers.
      const next = slot.inFlight.values().next();
      if (next.done !== true) this.begin(slot, next.value, true);
      this.pump();
    });
    const fail = (error: Error) => {
      // A worker out of memory: the code of the task it ran made too much (runaway.ts).
      const running = slot.inFlight.values().next().value;
      const outOfMemory = running !== undefined && (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.drop(slot, outOfMemory ? runawayError(running.task, running.setup, 'memory') : error, outOfMemory);
      if (!this.closed) this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a render worker stopped unexpectedly (exit code ${code})`)));
    this.slots.push(slot);
    return slot;
  }

  /**
   * A task the worker begins now (`afterReply`: as it replied to the one before): said to
   * whoever waits for it, and watched.
   */
  private begin(slot: Slot, pending: Pending, afterReply = false): void {
    if (!afterReply) started(pending);
    else if (pending.onStart !== undefined) setImmediate(() => started(pending));
    slot.watch = setTimeout(() => this.stopRunaway(slot, pending), this.taskLimitMs).unref();
  }

  /** A task that has not ended in the time a task may take: its worker is stopped. */
  private stopRunaway(slot: Slot, pending: Pending): void {
    if (!this.slots.includes(slot) || slot.inFlight.values().next().value !== pending) return;
    this.drop(slot, runawayError(pending.task, pending.setup, { limitMs: this.taskLimitMs }), true);
    void slot.worker.terminate();
    this.pump();
  }

  /**
   * A worker given up on: the task it runs fails with `error`, and so do those sent after it,
   * unless that task alone is to blame (`runningToBlame`): then they go to another worker.
   */
  private drop(slot: Slot, error: Error, runningToBlame: boolean): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    clearTimeout(slot.watch);
    const [running, ...waiting] = slot.inFlight.values();
    slot.inFlight.clear();
    running?.reject(error);
    if (runningToBlame) this.queue.unshift(...waiting);
    else for (const pending of waiting) pending.reject(error);
  }
}

function started(pending: Pending): void {
  const onStart = pending.onStart;
  pending.onStart = undefined;
  onStart?.();
}

function replyError(reply: Extract<WorkerReply, { ok: false }>): Error {
  if (Array.isArray(reply.problems)) return new UserError(reply.problems as Problem[]);
  const error = Object.assign(new Error(reply.message), reply.fileError);
  if (reply.stack !== undefined) error.stack = reply.stack;
  return error;
}
