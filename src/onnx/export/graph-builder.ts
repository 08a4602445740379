// Builds an ONNX graph node by node: fresh value names, weights as
// initializers, small constants deduplicated.
import { DataType, type AttributeValue, type DataTypeCode, type GraphProto, type NodeProto, type TensorProto, type ValueInfoProto } from '../protobuf';

function bytesOf(data: Float32Array | BigInt64Array | Int32Array): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export class GraphBuilder {
  private readonly nodes: NodeProto[] = [];
  private readonly initializers: TensorProto[] = [];
  private readonly constants = new Map<string, string>();
  private readonly used = new Set<string>();

  /** A name not used before in this graph, from `base`. */
  fresh(base: string): string {
    const clean = base.replace(/[^\w./-]/g, '_');
    let name = clean;
    for (let i = 1; this.used.has(name); i++) name = `${clean}_${i}`;
    this.used.add(name);
    return name;
  }

  /** Claims `name` as is (a graph input); throws if it is taken. */
  reserve(name: string): string {
    if (this.used.has(name)) throw new Error(`GraphBuilder: the name ${name} is already used.`);
    this.used.add(name);
    return name;
  }

  /** Adds one node with a single output; returns the output's name. */
  op(opType: string, inputs: readonly string[], attributes: Record<string, AttributeValue> = {}, name = opType): string {
    const [output] = this.opMulti(opType, inputs, 1, attributes, name);
    return output;
  }

  opMulti(opType: string, inputs: readonly string[], outputs: number, attributes: Record<string, AttributeValue> = {}, name = opType): string[] {
    const nodeName = this.fresh(name);
    const names = Array.from({ length: outputs }, (_, i) => this.fresh(`${nodeName}:${i}`));
    this.nodes.push({ opType, inputs, outputs: names, name: nodeName, attributes });
    return names;
  }

  /** A float32 weight tensor. */
  weight(name: string, data: Float32Array, dims: readonly number[]): string {
    const unique = this.fresh(name);
    this.initializers.push({ name: unique, dataType: DataType.FLOAT, dims, raw: bytesOf(Float32Array.from(data)) });
    return unique;
  }

  /** A float32 scalar or vector constant, shared by every node that uses the same value. */
  float(values: number | readonly number[]): string {
    return this.constant(DataType.FLOAT, values, (v) => bytesOf(Float32Array.from(v)));
  }

  /** An int64 scalar or vector constant (shapes, axes, indices), shared like float(). */
  int64(values: number | readonly number[]): string {
    return this.constant(DataType.INT64, values, (v) => bytesOf(BigInt64Array.from(v, (x) => BigInt(x))));
  }

  private constant(dataType: DataTypeCode, values: number | readonly number[], encode: (v: readonly number[]) => Uint8Array): string {
    const list = typeof values === 'number' ? [values] : values;
    const dims = typeof values === 'number' ? [] : [list.length];
    const key = `${dataType}:${dims.length}:${list.join(',')}`;
    let name = this.constants.get(key);
    if (!name) {
      name = this.fresh(dataType === DataType.FLOAT ? 'const_f' : 'const_i');
      this.initializers.push({ name, dataType, dims, raw: encode(list) });
      this.constants.set(key, name);
    }
    return name;
  }

  build(name: string, inputs: ValueInfoProto[], outputs: ValueInfoProto[], docString?: string): GraphProto {
    return { name, nodes: this.nodes, initializers: this.initializers, inputs, outputs, docString };
  }

  /** Renames the last node's output to `name` (graph outputs get stable names). */
  renameOutput(from: string, to: string): void {
    const node = [...this.nodes].reverse().find((n) => n.outputs.includes(from));
    if (!node) throw new Error(`GraphBuilder: no node outputs ${from}.`);
    (node as { outputs: readonly string[] }).outputs = node.outputs.map((o) => (o === from ? to : o));
    this.used.add(to);
  }
}
