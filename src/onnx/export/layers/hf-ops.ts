// The Hugging Face layers' shared maths as ONNX: torch's activations and a dense product.
import type { Activation } from '../../../models/huggingface/config';
import type { GraphBuilder } from '../graph-builder';

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/** ops.ts's activate(): 'gelu' is the exact erf form (opset 17 has no Gelu op; onnxruntime fuses this pattern). */
export function activate(g: GraphBuilder, x: string, act: Activation, name: string): string {
  switch (act) {
    case 'gelu': {
      const phi = g.op('Add', [g.float(1), g.op('Erf', [g.op('Mul', [x, g.float(Math.SQRT1_2)])])]);
      return g.op('Mul', [g.op('Mul', [x, g.float(0.5)]), phi], {}, name);
    }
    case 'geluTanh': {
      const cube = g.op('Mul', [g.op('Mul', [x, x]), x]);
      const inner = g.op('Mul', [g.op('Add', [x, g.op('Mul', [cube, g.float(0.044715)])]), g.float(SQRT_2_OVER_PI)]);
      return g.op('Mul', [g.op('Mul', [x, g.float(0.5)]), g.op('Add', [g.float(1), g.op('Tanh', [inner])])], {}, name);
    }
    case 'relu':
      return g.op('Relu', [x], {}, name);
    case 'tanh':
      return g.op('Tanh', [x], {}, name);
    default:
      throw new Error(`ONNX export: activation '${String(act)}' has no ONNX mapping here (accepted: gelu, geluTanh, relu, tanh).`);
  }
}

/** x [..., in] @ kernel + bias. */
export function linear(g: GraphBuilder, x: string, kernel: string, bias: string, name: string): string {
  return g.op('Add', [g.op('MatMul', [x, kernel], {}, name), bias], {}, `${name}.bias_add`);
}
