// The ONNX messages an exported model needs, as plain objects, and their
// encoding. Field numbers are those of onnx/onnx.proto (IR version 8).
import { ProtoWriter } from './writer';

/** TensorProto.DataType values used here. */
export const DataType = { FLOAT: 1, INT32: 6, INT64: 7, BOOL: 9 } as const;
export type DataTypeCode = (typeof DataType)[keyof typeof DataType];

/** AttributeProto.AttributeType values. */
const AttributeType = { FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, FLOATS: 6, INTS: 7 } as const;

export interface TensorProto {
  name: string;
  dataType: DataTypeCode;
  dims: readonly number[];
  /** Little-endian element bytes (raw_data). */
  raw: Uint8Array;
}

/** A dimension: a fixed size, or a symbolic name for a dynamic axis. */
export type Dim = number | string;

export interface ValueInfoProto {
  name: string;
  elemType: DataTypeCode;
  shape: readonly Dim[];
}

export type AttributeValue = number | string | readonly number[] | TensorProto | { float: number } | { floats: readonly number[] };

export interface NodeProto {
  opType: string;
  inputs: readonly string[];
  outputs: readonly string[];
  name: string;
  domain?: string;
  attributes?: Readonly<Record<string, AttributeValue>>;
}

export interface GraphProto {
  name: string;
  nodes: readonly NodeProto[];
  initializers: readonly TensorProto[];
  inputs: readonly ValueInfoProto[];
  outputs: readonly ValueInfoProto[];
  docString?: string;
}

export interface ModelProto {
  irVersion: number;
  opsetImports: ReadonlyArray<{ domain: string; version: number }>;
  producerName: string;
  producerVersion: string;
  graph: GraphProto;
  docString?: string;
  metadata?: Readonly<Record<string, string>>;
}

export function encodeTensor(t: TensorProto): ProtoWriter {
  const w = new ProtoWriter().packedInts(1, t.dims).int(2, t.dataType).string(8, t.name);
  return w.bytes(9, t.raw);
}

function encodeValueInfo(v: ValueInfoProto): ProtoWriter {
  const shape = new ProtoWriter();
  for (const d of v.shape) shape.message(1, typeof d === 'number' ? new ProtoWriter().int(1, d) : new ProtoWriter().string(2, d));
  const tensorType = new ProtoWriter().int(1, v.elemType).message(2, shape);
  return new ProtoWriter().string(1, v.name).message(2, new ProtoWriter().message(1, tensorType));
}

function encodeAttribute(name: string, value: AttributeValue): ProtoWriter {
  const w = new ProtoWriter().string(1, name);
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new TypeError(`ONNX attribute ${name}: ${value} is not an integer; pass { float: ${value} } for a float.`);
    return w.int(3, value).int(20, AttributeType.INT);
  }
  if (typeof value === 'string') return w.string(4, value).int(20, AttributeType.STRING);
  if (Array.isArray(value)) {
    for (const v of value as number[]) w.int(8, v);
    return w.int(20, AttributeType.INTS);
  }
  if ('float' in value) return w.float(2, value.float).int(20, AttributeType.FLOAT);
  if ('floats' in value) {
    for (const v of value.floats) w.float(7, v);
    return w.int(20, AttributeType.FLOATS);
  }
  return w.message(5, encodeTensor(value as TensorProto)).int(20, AttributeType.TENSOR);
}

export function encodeNode(n: NodeProto): ProtoWriter {
  const w = new ProtoWriter();
  for (const input of n.inputs) w.string(1, input);
  for (const output of n.outputs) w.string(2, output);
  w.string(3, n.name).string(4, n.opType);
  for (const [name, value] of Object.entries(n.attributes ?? {})) w.message(5, encodeAttribute(name, value));
  if (n.domain) w.string(7, n.domain);
  return w;
}

export function encodeGraph(g: GraphProto): ProtoWriter {
  const w = new ProtoWriter();
  for (const n of g.nodes) w.message(1, encodeNode(n));
  w.string(2, g.name);
  for (const t of g.initializers) w.message(5, encodeTensor(t));
  if (g.docString) w.string(10, g.docString);
  for (const v of g.inputs) w.message(11, encodeValueInfo(v));
  for (const v of g.outputs) w.message(12, encodeValueInfo(v));
  return w;
}

/** The serialized ModelProto: the bytes of a .onnx file. */
export function encodeModel(m: ModelProto): Uint8Array {
  const w = new ProtoWriter().int(1, m.irVersion).string(2, m.producerName).string(3, m.producerVersion);
  if (m.docString) w.string(6, m.docString);
  w.message(7, encodeGraph(m.graph));
  for (const { domain, version } of m.opsetImports) w.message(8, new ProtoWriter().string(1, domain).int(2, version));
  for (const [key, value] of Object.entries(m.metadata ?? {})) w.message(14, new ProtoWriter().string(1, key).string(2, value));
  return w.finish();
}
