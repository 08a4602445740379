// Float32 matrix products on onnxruntime's MLAS kernels, synchronously, reading
// the operands and writing the product through caller-given typed arrays (for
// the wasm backend: views of its heap, so nothing is copied).
import { gemmModel, matMulModel } from './onnx-graph';
import type { OrtNativeSession, OrtRuntime } from './ort-runtime';

export interface MatMulOperand {
  data: Float32Array;
  shape: readonly number[];
}

export class OrtMatMul {
  private readonly sessions = new Map<string, OrtNativeSession>();

  constructor(
    private readonly ort: OrtRuntime,
    readonly threads: number,
  ) {}

  /** out = op(a) x op(b), batch axes broadcast; `outShape` is the product's shape. */
  run(a: MatMulOperand, b: MatMulOperand, out: Float32Array, outShape: readonly number[], transposeA: boolean, transposeB: boolean): void {
    const { Tensor } = this.ort;
    this.session(`matmul/${transposeA}/${transposeB}`, () => matMulModel({ transposeA, transposeB })).run(
      { A: new Tensor('float32', a.data, a.shape), B: new Tensor('float32', b.data, b.shape) },
      { Y: new Tensor('float32', out, outShape) },
      {},
    );
  }

  /** out = op(a) x op(b) + bias (then relu) for 2-D a and b; `bias` is [n] or [1], broadcast over rows. */
  gemm(a: MatMulOperand, b: MatMulOperand, bias: MatMulOperand, out: Float32Array, outShape: readonly number[], transposeA: boolean, transposeB: boolean, relu: boolean): void {
    const { Tensor } = this.ort;
    this.session(`gemm/${transposeA}/${transposeB}/${relu}`, () => gemmModel({ transposeA, transposeB, relu })).run(
      { A: new Tensor('float32', a.data, a.shape), B: new Tensor('float32', b.data, b.shape), C: new Tensor('float32', bias.data, bias.shape) },
      { Y: new Tensor('float32', out, outShape) },
      {},
    );
  }

  // One session per graph variant; each graph takes any shape.
  private session(key: string, build: () => Uint8Array): OrtNativeSession {
    let session = this.sessions.get(key);
    if (!session) {
      const model = build();
      session = this.ort.newSession();
      session.loadModel(model.buffer as ArrayBuffer, model.byteOffset, model.byteLength, {
        intraOpNumThreads: this.threads,
        interOpNumThreads: 1,
        graphOptimizationLevel: 'all',
        executionMode: 'sequential',
        // Spinning workers would compete with the wasm kernels that run between
        // products on the main thread; off, training ran 1.3-3.6x faster in A/B pairs here.
        extra: { 'session.intra_op.allow_spinning': '0' },
      });
      this.sessions.set(key, session);
    }
    return session;
  }
}
