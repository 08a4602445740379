// MIME bundle for a tf.Tensor: shape, dtype and tfjs's summarized values
// (the first and last 3 entries of long dimensions).
import type { MimeBundle } from '../display';
import type { tf } from '../tf';
import { escapeHtml } from '../display/escape-html';

export function tensorBundle(tensor: tf.Tensor): MimeBundle {
  const shape = `[${tensor.shape.join(', ')}]`;
  const title = `tf.Tensor ${tensor.dtype} ${shape}`;
  if (tensor.isDisposed) return { 'text/plain': `${title} (disposed)`, 'text/html': `<div><b>tf.Tensor</b> ${escapeHtml(tensor.dtype)} ${shape} <i>(disposed)</i></div>` };
  // toString() starts with a "Tensor" line and indents values by 4 spaces.
  const values = tensor.toString().split('\n').slice(1).map((l) => l.replace(/^ {4}/, '')).join('\n');
  return {
    'text/plain': `${title}\n${values}`,
    'text/html':
      `<div><b>tf.Tensor</b> shape ${shape} · dtype ${escapeHtml(tensor.dtype)} · size ${tensor.size}` +
      `<pre style="margin:0.3em 0">${escapeHtml(values)}</pre></div>`,
  };
}
