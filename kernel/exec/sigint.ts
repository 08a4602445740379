// Where a SIGINT goes in the kernel (the protocol thread sends one for
// interrupt_request): into a cell's synchronous code through vm's breakOnSigint,
// and to Interrupts.interrupt for awaits. breakOnSigint by itself costs 0.6 ms
// of a `1+1` round trip: per call, Node starts and joins a watchdog thread and,
// when the process has SIGINT listeners, removes and re-adds them around the
// call (closing and reopening libuv's signal handle). Node's REPL avoids that
// by holding the watchdog between calls (contextify's startSigintWatchdog, not
// a public API, hence the feature test); so does the kernel, while nobody else
// listens for SIGINT. Held, the watchdog takes every SIGINT: one during a vm
// call stops that call, one between calls is only recorded, and a timer picks
// it up and interrupts. When a library listens (fineTune does while it trains)
// the hold is released and the kernel listens beside it, Node's own path.
import vm from 'vm';

interface WatchdogBinding {
  startSigintWatchdog(): boolean;
  stopSigintWatchdog(): boolean;
  watchdogHasPendingSigint(): boolean;
}

/** How often a recorded SIGINT is looked for: the delay before an await is interrupted. */
const POLL_MS = 50;

function watchdogBinding(): WatchdogBinding | undefined {
  try {
    const binding = (process as unknown as { binding(name: string): Partial<WatchdogBinding> }).binding('contextify');
    const complete = ['startSigintWatchdog', 'stopSigintWatchdog', 'watchdogHasPendingSigint'] as const;
    return complete.every((name) => typeof binding[name] === 'function') ? (binding as WatchdogBinding) : undefined;
  } catch {
    return undefined;
  }
}

/** Routes SIGINT to `interrupt` for the life of the process. */
export function routeSigint(interrupt: () => void): void {
  const listener = () => interrupt();
  const watchdog = watchdogBinding();
  if (!watchdog) {
    process.on('SIGINT', listener);
    return;
  }
  let held = false;
  // `held` changes first: adding our listener runs the newListener handler below.
  const release = () => {
    held = false;
    watchdog.stopSigintWatchdog();
    process.on('SIGINT', listener);
  };
  const hold = () => {
    held = true;
    if (!watchdog.startSigintWatchdog()) release();
  };
  // Runs before Node's own newListener handler, which opens libuv's signal handle over the watchdog's.
  (process as NodeJS.EventEmitter).prependListener('newListener', (event: string | symbol) => {
    if (event === 'SIGINT' && held) release();
  });
  // Runs after Node's removeListener handler; vm's own remove-and-re-add leaves ours in place, so this waits.
  process.on('removeListener', (event: string | symbol) => {
    if (event !== 'SIGINT' || held) return;
    const listeners = process.listeners('SIGINT');
    if (listeners.length !== 1 || listeners[0] !== listener) return;
    process.removeListener('SIGINT', listener);
    hold();
  });
  setInterval(() => {
    if (!held || !watchdog.watchdogHasPendingSigint()) return;
    // A vm call with breakOnSigint ends by clearing the recorded signal.
    vm.runInThisContext('', { breakOnSigint: true });
    interrupt();
  }, POLL_MS).unref();
  hold();
}
