// The error a candidate throws when it cannot run here: its message is the
// reason shown in the selection report, so it says what is missing.
export class BackendUnavailable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'BackendUnavailable';
  }
}

/** The first line of an error's message, for one-line reasons. */
export function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0].trim();
}
