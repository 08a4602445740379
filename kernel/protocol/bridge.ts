// What the protocol thread and the main (cell-running) thread tell each other.
// Requests are referred to by their msg_id; the protocol thread keeps their
// socket identities and headers so replies can be routed and signed there.
import type { Header } from './wire';

export interface ConnectionInfo {
  transport: string;
  ip: string;
  key: string;
  signature_scheme?: string;
  shell_port: number;
  iopub_port: number;
  stdin_port: number;
  control_port: number;
  hb_port: number;
}

/** Protocol thread -> main thread. */
export type ToMain =
  | { kind: 'request'; header: Header; content: Record<string, unknown>; metadata: Record<string, unknown> }
  | { kind: 'shutdown'; restart: boolean };

/** Main thread -> protocol thread. */
export type ToProtocol =
  /** The main thread is ready for the next shell request. */
  | { kind: 'ready' }
  | { kind: 'reply'; to: string; msgType: string; content: unknown; metadata?: Record<string, unknown> }
  | { kind: 'iopub'; parent: Header | undefined; msgType: string; content: unknown; metadata?: Record<string, unknown> }
  /** stop_on_error: answer every queued execute_request with status "aborted". */
  | { kind: 'abort-queued' }
  | { kind: 'history'; line: number; input: string; output: string | null }
  /** The type checker is built: cells no longer wait for it (kernel_info shows it). */
  | { kind: 'warm' }
  | { kind: 'closed' };
