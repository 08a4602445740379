// The MIME bundle of a cell's value, as a REPL shows it.
import { inspect, types } from 'util';
import { toMimeBundle, type MimeBundle } from '../src/display';

// Node tags promises with these while AsyncLocalStorage (output routing) is active.
const ASYNC_HOOK_TAGS = /,?\s*\[Symbol\((?:async_id_symbol|trigger_async_id_symbol|kResourceStore)\)\]: [^,\n}]*/g;

export function resultBundle(value: unknown): MimeBundle {
  // Strings quoted, as a REPL does (display() shows them bare).
  if (typeof value === 'string') return { 'text/plain': inspect(value) };
  if (types.isPromise(value)) {
    return { 'text/plain': inspect(value, { depth: 0 }).replace(ASYNC_HOOK_TAGS, '').replace(/\n\s*/g, ' ') };
  }
  return toMimeBundle(value);
}
