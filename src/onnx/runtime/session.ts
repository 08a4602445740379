// One onnxruntime-node session over a whole exported model, run synchronously
// through the native binding (as the native-cpu backend does): the package's
// public InferenceSession only defers the same call to a later tick.
import * as os from 'os';
import { loadOrtRuntime } from '../../backend/native-cpu/ort-runtime';

/** What the native binding returns and takes; onnxruntime-common's Tensor. */
interface OrtValue {
  readonly dims: readonly number[];
  readonly data: Float32Array;
}

interface NativeSession {
  loadModel(buffer: ArrayBuffer, byteOffset: number, byteLength: number, options: object): void;
  readonly inputMetadata: ReadonlyArray<{ name: string }>;
  readonly outputMetadata: ReadonlyArray<{ name: string }>;
  run(feeds: Record<string, unknown>, fetches: Record<string, null>, options: object): Record<string, OrtValue>;
  dispose(): void;
}

type TensorConstructor = new (type: 'int64', data: BigInt64Array, dims: readonly number[]) => unknown;

export interface OnnxSessionOptions {
  /** Threads one operator may use. Default: the cores this process may run on. */
  intraOpNumThreads?: number;
  /** Let idle pool threads spin for the next operator. Default false: on a loaded machine a spinning thread takes the core a working one needs. */
  spinning?: boolean;
}

export class OnnxSession {
  readonly inputNames: string[];
  readonly outputNames: string[];
  readonly threads: number;
  private readonly session: NativeSession;
  private readonly Tensor: TensorConstructor;

  /** `file` names the model in errors. */
  constructor(model: Uint8Array, file: string, options: OnnxSessionOptions = {}) {
    const ort = loadOrtRuntime();
    this.Tensor = ort.Tensor as unknown as TensorConstructor;
    this.threads = options.intraOpNumThreads ?? Math.max(1, os.availableParallelism());
    this.session = ort.newSession() as unknown as NativeSession;
    try {
      // Weights are prepacked for MLAS once here (onnxruntime's default), and the
      // graph fused at the highest level: each run then only computes.
      this.session.loadModel(model.buffer as ArrayBuffer, model.byteOffset, model.byteLength, {
        intraOpNumThreads: this.threads,
        interOpNumThreads: 1,
        graphOptimizationLevel: 'all',
        executionMode: 'sequential',
        extra: { 'session.intra_op.allow_spinning': options.spinning ? '1' : '0' },
      });
    } catch (err) {
      throw new Error(`onnxruntime cannot load ${file}: ${(err as Error).message}`);
    }
    this.inputNames = this.session.inputMetadata.map((m) => m.name);
    this.outputNames = this.session.outputMetadata.map((m) => m.name);
  }

  /** Runs on int64 inputs; returns the named output's data and shape. */
  run(feeds: Record<string, { data: BigInt64Array; dims: readonly number[] }>, output: string): OrtValue {
    const tensors = Object.fromEntries(Object.entries(feeds).map(([name, f]) => [name, new this.Tensor('int64', f.data, f.dims)]));
    return this.session.run(tensors, { [output]: null }, {})[output];
  }

  dispose(): void {
    this.session.dispose();
  }
}
