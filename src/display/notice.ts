// Notes about what a call did to the caller's data on request (rows dropped, cells truncated):
// part of the call's result, so shown by default, on stderr, all through this one path;
// TRANSFERLAB_QUIET=1 silences them (the library prints nothing else unasked but progress).

export function quiet(): boolean {
  return /^(1|true|yes|on)$/i.test(process.env.TRANSFERLAB_QUIET ?? '');
}

export function notice(message: string): void {
  if (!quiet()) console.warn(`transferlab: ${message}`);
}
