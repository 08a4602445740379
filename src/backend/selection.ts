// The record of one useBackend() call: what runs, on what, and why each better
// candidate did not. Prints as one paragraph and displays as a table in a notebook.
import { JUPYTER_DISPLAY, type MimeBundle } from '../display';
import { escapeHtml } from '../display/escape-html';
import type { BackendRequest, CandidateOutcome, DeviceInfo } from './types';

export function describeDevice(d: DeviceInfo): string {
  const parts = [d.name];
  if (d.vendor || d.architecture) parts.push(`${[d.vendor, d.architecture].filter(Boolean).join('/')}`);
  if (d.memoryBytes) parts.push(`${(d.memoryBytes / 2 ** 30).toFixed(1)} GiB`);
  if (d.software) parts.push('software');
  return `${d.kind.toUpperCase()} ${parts.join(', ')}`;
}

export class BackendSelection {
  constructor(
    readonly requested: BackendRequest,
    /** The tfjs backend name now active (tf.getBackend()). */
    readonly backend: string,
    /** The candidate that runs, e.g. 'wasm' or 'tfjs-node-gpu'. */
    readonly candidate: string,
    readonly device: DeviceInfo,
    readonly threads: number,
    readonly simd: boolean | undefined,
    readonly outcomes: readonly CandidateOutcome[],
    readonly notes: readonly string[],
  ) {}

  /** The candidates tried before the chosen one, with the reason each did not run. */
  get skipped(): CandidateOutcome[] {
    return this.outcomes.filter((o) => o.status === 'skipped');
  }

  toString(): string {
    const head = `backend ${this.candidate} (tfjs '${this.backend}') on ${describeDevice(this.device)}; requested '${this.requested}'`;
    const lines = this.skipped.map((o) => `  skipped ${o.candidate}: ${o.reason}`);
    return [head, ...lines, ...this.notes.map((n) => `  note: ${n}`)].join('\n');
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    const rows = this.outcomes
      .map((o) => `<tr><td>${escapeHtml(o.candidate)}</td><td>${o.status}</td><td style="text-align:left">${escapeHtml(o.reason)}</td></tr>`)
      .join('');
    const html =
      `<div><b>backend ${escapeHtml(this.candidate)}</b> on ${escapeHtml(describeDevice(this.device))}` +
      `<table><thead><tr><th>candidate</th><th>status</th><th style="text-align:left">why</th></tr></thead><tbody>${rows}</tbody></table>` +
      this.notes.map((n) => `<div><i>${escapeHtml(n)}</i></div>`).join('') +
      `</div>`;
    return { 'text/plain': this.toString(), 'text/html': html };
  }
}
