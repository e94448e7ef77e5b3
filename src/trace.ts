/**
 * `CARDNEWS_TRACE=1`: print on stderr when each step of a build happens, in ms since the process
 * started, with the thread (0 is the main thread, others are render workers). For finding where
 * a build's time goes; silent otherwise.
 */
const on = process.env['CARDNEWS_TRACE'] === '1';
// Told by each worker (traceThread) rather than imported from worker_threads here, which took
// ~2 ms of every command, a build with nothing to do too.
let threadId = 0;

export function traceThread(id: number): void {
  threadId = id;
}

export function trace(label: string): void {
  if (!on) return;
  const ms = Math.round(performance.timeOrigin + performance.now() - processStart());
  process.stderr.write(`${ms} ms [thread ${threadId}] ${label}\n`);
}

/** Workers have a time origin of their own: the main thread's is passed on in the environment. */
function processStart(): number {
  const shared = Number(process.env['CARDNEWS_TRACE_T0']);
  if (Number.isFinite(shared) && shared > 0) return shared;
  process.env['CARDNEWS_TRACE_T0'] = String(performance.timeOrigin);
  return performance.timeOrigin;
}
