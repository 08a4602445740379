// Preloaded into every test process by scripts/test.js. Some tests run scikit-learn's
// documented examples, where precision or recall is undefined and the library warns
// (UndefinedMetricWarning, as scikit-learn does). Those warnings are expected there:
// they still reach the tests' own 'warning' listeners, which assert them, but not
// Node's printer, which would put them and its "--trace-warnings" hint on the
// terminal. Every other warning prints as usual.
'use strict';

const EXPECTED = new Set(['UndefinedMetricWarning']);
const [nodePrinter] = process.listeners('warning');
const emitWarning = process.emitWarning;

process.emitWarning = function (warning, type, ...rest) {
  const name = typeof type === 'string' ? type : type && typeof type === 'object' ? type.type : undefined;
  if (!nodePrinter || !EXPECTED.has(name)) return emitWarning.call(process, warning, type, ...rest);
  const error = warning instanceof Error ? warning : Object.assign(new Error(String(warning)), { name });
  // As Node does: listeners hear it on the next tick.
  process.nextTick(() => {
    for (const listener of process.listeners('warning')) if (listener !== nodePrinter) listener(error);
  });
};
