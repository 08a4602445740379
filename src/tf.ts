// The one TensorFlow.js namespace the library uses. Everything imports tfjs
// through here so that there is exactly one engine and one set of backends.
import * as tf from '@tensorflow/tfjs';

export { tf };
