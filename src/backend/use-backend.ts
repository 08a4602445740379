// useBackend(): tries the candidates a request allows, best first, and runs on
// the first that starts. Every candidate before it records why it did not.
// An explicit request that nothing can satisfy is an error, never a silent CPU.
import { BACKEND_REQUESTS, candidatesFor } from './candidates';
import { BackendSelection } from './selection';
import type { BackendRequest, CandidateOutcome, UseBackendOptions } from './types';
import { BackendUnavailable, firstLine } from './unavailable';
import { checkOptions } from '../options';
import { USE_BACKEND_SPEC } from './option-specs';

let current: BackendSelection | undefined;

/** The selection the last useBackend() made, if any. */
export function currentSelection(): BackendSelection | undefined {
  return current;
}

function adviceFor(request: BackendRequest, outcomes: CandidateOutcome[]): string {
  const why = outcomes.map((o) => `  - ${o.candidate}: ${o.reason}`).join('\n');
  const install = candidatesFor(request).map((c) => `  - ${c.label}: ${c.install}`).join('\n');
  const software = request === 'gpu' || request === 'webgpu'
    ? '\nA software WebGPU adapter (Mesa lavapipe) runs with { allowSoftware: true }: right results at CPU speed.'
    : '';
  return `useBackend('${request}'): nothing can run it here.\n${why}\nTo get it:\n${install}${software}`;
}

/**
 * Chooses the tfjs backend. 'auto' tries tfjs-node-gpu (CUDA), WebGPU on a
 * hardware adapter, tfjs-node, native-cpu (wasm + onnxruntime matmul), wasm, cpu, in that order. 'gpu' accepts only a
 * GPU and throws with install advice when there is none.
 */
export async function useBackend(request: BackendRequest = 'auto', options: UseBackendOptions = {}): Promise<BackendSelection> {
  checkOptions(`tl.useBackend('${String(request)}', options)`, 'options', options, USE_BACKEND_SPEC);
  if (!BACKEND_REQUESTS.includes(request)) {
    throw new Error(`useBackend: unknown backend '${String(request)}'; use one of ${BACKEND_REQUESTS.join(', ')}`);
  }
  if (options.threads !== undefined && !(Number.isInteger(options.threads) && options.threads > 0)) {
    throw new Error(`useBackend: options.threads must be a positive integer, got ${options.threads}`);
  }
  const candidates = candidatesFor(request);
  const outcomes: CandidateOutcome[] = [];
  for (const [i, c] of candidates.entries()) {
    try {
      const active = await c.activate(options);
      outcomes.push({ candidate: c.id, label: c.label, status: 'selected', reason: 'started' });
      for (const rest of candidates.slice(i + 1)) {
        outcomes.push({ candidate: rest.id, label: rest.label, status: 'not tried', reason: `${c.id} runs first` });
      }
      current = new BackendSelection(request, c.tfjsName, c.id, active.device, active.threads, active.simd, outcomes, active.notes);
      if (!options.silent) console.log(current.toString());
      return current;
    } catch (err) {
      const reason = err instanceof BackendUnavailable ? err.message : `failed with an unexpected error: ${firstLine(err)}`;
      outcomes.push({ candidate: c.id, label: c.label, status: 'skipped', reason });
    }
  }
  throw new Error(adviceFor(request, outcomes));
}
