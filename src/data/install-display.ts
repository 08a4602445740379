// Makes DataFrames, Series and tensors render richly when they are a cell's value:
// the kernel shows any object with a [Symbol.for('Jupyter.display')]() method.
import { DataFrame, Series } from 'danfojs-node';
import { JUPYTER_DISPLAY, type MimeBundle } from '../display';
import { tf } from '../tf';
import { dataFrameBundle, seriesBundle } from './frame-display';
import { tensorBundle } from './tensor-display';

function define(prototype: object, render: (self: never) => MimeBundle): void {
  Object.defineProperty(prototype, JUPYTER_DISPLAY, {
    value: function (this: never) {
      return render(this);
    },
    configurable: true,
    writable: true,
    enumerable: false,
  });
}

/** danfojs-node's classes extend danfojs-base's, and base methods (head, iloc) return base instances. */
function basePrototype(cls: { prototype: object }): object {
  let proto = cls.prototype;
  for (let parent = Object.getPrototypeOf(proto); parent?.constructor?.name === proto.constructor.name; parent = Object.getPrototypeOf(parent)) {
    proto = parent;
  }
  return proto;
}

export function installDisplays(): void {
  define(basePrototype(DataFrame), dataFrameBundle);
  define(basePrototype(Series), seriesBundle);
  define(tf.Tensor.prototype, tensorBundle);
}
