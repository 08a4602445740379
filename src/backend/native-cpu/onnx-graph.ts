// The few ONNX protobuf messages a one-node matrix-multiply model needs,
// written by hand: the graph is tiny and fixed, so a protobuf library would be
// more code than this. Field numbers are those of onnx/onnx.proto.

const FLOAT = 1; // TensorProto.DataType.FLOAT
const ATTR_INT = 2; // AttributeProto.AttributeType.INT

class Writer {
  private bytes: number[] = [];

  varint(value: number): this {
    let v = value;
    while (v >= 0x80) {
      this.bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.bytes.push(v);
    return this;
  }

  int(field: number, value: number): this {
    return this.varint(field * 8).varint(value);
  }

  message(field: number, body: Writer | Uint8Array): this {
    const data = body instanceof Writer ? body.finish() : body;
    this.varint(field * 8 + 2).varint(data.length);
    for (const b of data) this.bytes.push(b);
    return this;
  }

  string(field: number, value: string): this {
    return this.message(field, new TextEncoder().encode(value));
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** A float32 tensor input or output of unknown shape (any rank: one session serves every shape). */
function floatValue(name: string): Writer {
  const tensorType = new Writer().int(1, FLOAT);
  return new Writer().string(1, name).message(2, new Writer().message(1, tensorType));
}

function intAttribute(name: string, value: number): Writer {
  return new Writer().string(1, name).int(3, value).int(20, ATTR_INT);
}

export interface MatMulGraph {
  transposeA: boolean;
  transposeB: boolean;
}

/**
 * Y = op(A) x op(B) over the last two axes, batch axes broadcast like numpy.
 * Plain ONNX MatMul when nothing is transposed; otherwise onnxruntime's
 * com.microsoft FusedMatMul, whose transA/transB read the operand transposed
 * in place (no transposed copy).
 */
export function matMulModel({ transposeA, transposeB }: MatMulGraph): Uint8Array {
  const fused = transposeA || transposeB;
  const node = new Writer().string(1, 'A').string(1, 'B').string(2, 'Y').string(3, 'matmul');
  if (fused) {
    node.string(4, 'FusedMatMul').message(5, intAttribute('transA', transposeA ? 1 : 0)).message(5, intAttribute('transB', transposeB ? 1 : 0));
    node.string(7, 'com.microsoft');
  } else {
    node.string(4, 'MatMul');
  }
  return modelOf([node], ['A', 'B'], fused);
}

export interface GemmGraph extends MatMulGraph {
  relu: boolean;
}

/**
 * Y = op(A) x op(B) + C (then relu), A and B 2-D, C broadcast over rows: ONNX
 * Gemm, which starts the product from C inside MLAS, and Relu, which
 * onnxruntime fuses into it — no pass over the product in JavaScript.
 */
export function gemmModel({ transposeA, transposeB, relu }: GemmGraph): Uint8Array {
  const gemm = new Writer().string(1, 'A').string(1, 'B').string(1, 'C').string(2, relu ? 'G' : 'Y').string(3, 'gemm').string(4, 'Gemm');
  gemm.message(5, intAttribute('transA', transposeA ? 1 : 0)).message(5, intAttribute('transB', transposeB ? 1 : 0));
  const nodes = [gemm];
  if (relu) nodes.push(new Writer().string(1, 'G').string(2, 'Y').string(3, 'relu').string(4, 'Relu'));
  return modelOf(nodes, ['A', 'B', 'C'], false);
}

function modelOf(nodes: Writer[], inputs: string[], microsoft: boolean): Uint8Array {
  const graph = new Writer();
  for (const node of nodes) graph.message(1, node);
  graph.string(2, 'transferlab_matmul');
  for (const input of inputs) graph.message(11, floatValue(input));
  graph.message(12, floatValue('Y'));
  const model = new Writer().int(1, 8).string(2, 'transferlab');
  model.message(8, new Writer().string(1, '').int(2, 17));
  if (microsoft) model.message(8, new Writer().string(1, 'com.microsoft').int(2, 1));
  return model.message(7, graph).finish();
}
