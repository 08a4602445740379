// A small Protocol Buffers encoder for the ONNX messages an exported model needs.
export { ProtoWriter } from './writer';
export {
  DataType,
  encodeModel,
  encodeGraph,
  encodeNode,
  encodeTensor,
  type AttributeValue,
  type DataTypeCode,
  type Dim,
  type GraphProto,
  type ModelProto,
  type NodeProto,
  type TensorProto,
  type ValueInfoProto,
} from './messages';
