import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { DataType, encodeModel, ProtoWriter } from '../../src/onnx/protobuf';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

test('varints match the protobuf encoding guide, int64 negatives take ten bytes', () => {
  assert.equal(hex(new ProtoWriter().int(1, 150).finish()), '089601');
  assert.equal(hex(new ProtoWriter().int(2, 0).finish()), '1000');
  assert.equal(hex(new ProtoWriter().int(1, -1).finish()), '08ffffffffffffffffff01');
  assert.equal(hex(new ProtoWriter().int(1, 2 ** 40).finish()), '08808080808020');
  assert.equal(hex(new ProtoWriter().string(2, 'testing').finish()), '120774657374696e67');
  assert.equal(hex(new ProtoWriter().float(2, 1).finish()), '150000803f');
  assert.equal(hex(new ProtoWriter().packedInts(4, [3, 270, 86942]).finish()), '2206038e029ea705');
  assert.throws(() => new ProtoWriter().varint(1.5), /not an integer/);
});

test('nested messages and large byte fields are joined in order', () => {
  const inner = new ProtoWriter().int(1, 1);
  const big = new Uint8Array(300).fill(7);
  const bytes = new ProtoWriter().message(3, inner).bytes(4, big).int(5, 2).finish();
  assert.equal(hex(bytes.subarray(0, 4)), '1a020801');
  assert.equal(hex(bytes.subarray(4, 7)), '22ac02');
  assert.deepEqual(bytes.subarray(7, 307), big);
  assert.equal(hex(bytes.subarray(307)), '2802');
});

test('a ModelProto decodes in Python onnx 1.12 with every field where it was written', () => {
  const model = encodeModel({
    irVersion: 8,
    opsetImports: [{ domain: '', version: 17 }],
    producerName: 'transferlab',
    producerVersion: 't',
    graph: {
      name: 'g',
      nodes: [
        { opType: 'Gather', inputs: ['w', 'ids'], outputs: ['e'], name: 'n1', attributes: { axis: 0 } },
        { opType: 'ReduceSum', inputs: ['e', 'axes'], outputs: ['s'], name: 'n2', attributes: { keepdims: 0 } },
        { opType: 'LayerNormalization', inputs: ['s', 'gamma'], outputs: ['y'], name: 'n3', attributes: { axis: -1, epsilon: { float: 0.5 } } },
      ],
      initializers: [
        { name: 'w', dataType: DataType.FLOAT, dims: [3, 2], raw: new Uint8Array(Float32Array.from([1, 2, 3, 4, 5, 6]).buffer) },
        { name: 'axes', dataType: DataType.INT64, dims: [1], raw: new Uint8Array(BigInt64Array.from([1n]).buffer) },
        { name: 'gamma', dataType: DataType.FLOAT, dims: [2], raw: new Uint8Array(Float32Array.from([1, 1]).buffer) },
      ],
      inputs: [{ name: 'ids', elemType: DataType.INT64, shape: ['batch', 'sequence'] }],
      outputs: [{ name: 'y', elemType: DataType.FLOAT, shape: ['batch', 2] }],
    },
    metadata: { labels: '["a","b"]' },
  });
  const script = [
    'import sys, onnx, json',
    'from onnx import numpy_helper, helper',
    'm = onnx.load_from_string(sys.stdin.buffer.read())',
    'onnx.checker.check_model(m, full_check=True)',
    'g = m.graph',
    'print(json.dumps({"ir": m.ir_version, "opset": m.opset_import[0].version, "producer": m.producer_name,',
    ' "ops": [n.op_type for n in g.node], "attrs": [{a.name: helper.get_attribute_value(a) for a in n.attribute} for n in g.node],',
    ' "w": numpy_helper.to_array(g.initializer[0]).tolist(), "axes": numpy_helper.to_array(g.initializer[1]).tolist(),',
    ' "input": [d.dim_param or d.dim_value for d in g.input[0].type.tensor_type.shape.dim],',
    ' "output": [d.dim_param or d.dim_value for d in g.output[0].type.tensor_type.shape.dim],',
    ' "meta": {p.key: p.value for p in m.metadata_props}}))',
  ].join('\n');
  const decoded = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { input: model }).toString());
  assert.deepEqual(decoded, {
    ir: 8,
    opset: 17,
    producer: 'transferlab',
    ops: ['Gather', 'ReduceSum', 'LayerNormalization'],
    attrs: [{ axis: 0 }, { keepdims: 0 }, { axis: -1, epsilon: 0.5 }],
    w: [[1, 2], [3, 4], [5, 6]],
    axes: [1],
    input: ['batch', 'sequence'],
    output: ['batch', 2],
    meta: { labels: '["a","b"]' },
  });
});
