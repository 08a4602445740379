// Running an exported model in onnxruntime-node, behind the TextModel API.
export { OnnxSession, type OnnxSessionOptions } from './session';
export { OnnxTextModel } from './onnx-text-model';
export { chooseServingRuntime, SERVING_RUNTIMES, type ServingRuntime, type RuntimeChoice } from './serving-runtime';
