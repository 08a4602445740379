// The one TensorFlow.js namespace the library uses. Everything imports tfjs
// through here so that there is exactly one engine and one set of backends.
import * as tf from '@tensorflow/tfjs';

// tfjs's CPU backend greets its first tensor in Node with a banner recommending tfjs-node;
// useBackend() chooses and reports the backend, so the banner is only noise on the terminal.
// Re-registered (same factory, same priority) so that every instance tfjs makes starts greeted.
const cpuFactory = tf.findBackendFactory('cpu');
if (cpuFactory && !tf.engine().registry.cpu) {
  tf.removeBackend('cpu');
  tf.registerBackend('cpu', () => {
    const backend = cpuFactory();
    if (!(backend instanceof Promise) && typeof (backend as { firstUse?: unknown }).firstUse === 'boolean') {
      (backend as unknown as { firstUse: boolean }).firstUse = false;
    }
    return backend;
  }, 1);
}

export { tf };
