// The shape arithmetic of tfjs's BatchMatMul: op(a) is [..., m, k], op(b) is
// [..., k, n], batch axes broadcast like numpy; the product is [..., m, n].
import { tf } from '../../tf';

export interface MatMulShapes {
  m: number;
  k: number;
  n: number;
  outShape: number[];
}

export function matMulShapes(aShape: readonly number[], bShape: readonly number[], transposeA: boolean, transposeB: boolean): MatMulShapes {
  const ra = aShape.length;
  const rb = bShape.length;
  if (ra < 2 || rb < 2) throw new Error(`native-cpu BatchMatMul: operands need rank >= 2, got [${aShape}] and [${bShape}]`);
  const m = transposeA ? aShape[ra - 1] : aShape[ra - 2];
  const k = transposeA ? aShape[ra - 2] : aShape[ra - 1];
  const kb = transposeB ? bShape[rb - 1] : bShape[rb - 2];
  const n = transposeB ? bShape[rb - 2] : bShape[rb - 1];
  if (k !== kb) {
    throw new Error(`native-cpu BatchMatMul: inner dimensions differ (${k} vs ${kb}) for [${aShape}] and [${bShape}], transposeA=${transposeA}, transposeB=${transposeB}`);
  }
  const batch = tf.backend_util.assertAndGetBroadcastShape(aShape.slice(0, -2), bShape.slice(0, -2));
  return { m, k, n, outShape: [...batch, m, n] };
}
