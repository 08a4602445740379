// This session's input history, answering history_request (tail, range, search)
// as ipykernel does. Session numbers follow ipykernel: this session is 1, and
// 0 or negative numbers are relative to it.
export type HistoryEntry = [session: number, line: number, input: string | [string, string | null]];

const SESSION = 1;

interface Stored {
  line: number;
  input: string;
  output: string | null;
}

/** Translates a glob (sqlite GLOB, as ipykernel's search uses: * and ?) into a RegExp. */
function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\s\\S]*').replace(/\?/g, '[\\s\\S]');
  return new RegExp(`^${escaped}$`);
}

export class History {
  private readonly entries: Stored[] = [];

  add(line: number, input: string, output: string | null): void {
    this.entries.push({ line, input, output });
  }

  query(request: Record<string, unknown>): HistoryEntry[] {
    const output = request.output === true;
    const n = typeof request.n === 'number' && request.n > 0 ? request.n : undefined;
    const format = (e: Stored): HistoryEntry => [SESSION, e.line, output ? [e.input, e.output] : e.input];
    switch (request.hist_access_type) {
      case 'tail':
        return (n === undefined ? this.entries : this.entries.slice(-n)).map(format);
      case 'range': {
        const session = typeof request.session === 'number' ? request.session : 0;
        if (session !== SESSION && session > 0) return [];
        if (session < 0) return [];
        const start = typeof request.start === 'number' ? request.start : 0;
        const stop = typeof request.stop === 'number' ? request.stop : Infinity;
        return this.entries.filter((e) => e.line >= start && e.line < stop).map(format);
      }
      case 'search': {
        const re = globToRegExp(typeof request.pattern === 'string' ? request.pattern : '*');
        let found = this.entries.filter((e) => re.test(e.input));
        if (request.unique === true) {
          const seen = new Set<string>();
          found = found.reverse().filter((e) => !seen.has(e.input) && seen.add(e.input)).reverse();
        }
        return (n === undefined ? found : found.slice(-n)).map(format);
      }
      default:
        return [];
    }
  }
}
