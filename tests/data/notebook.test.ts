// Notebook check: in the transferlab kernel (run by nbclient), a DataFrame, a Series, a
// tensor and describe() that end a cell come back as rich execute_result bundles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCellsInKernel, skipWithoutNbclient as skip } from '../helpers/run-cells';

test('DataFrames, Series, tensors and describe() render as rich results in the kernel', { skip, timeout: 300_000 }, () => {
  const IMPORT = 'import * as tl from "transferlab";\n';
  const FRAME = 'new tl.DataFrame({ text: Array.from({ length: 80 }, (_, i) => `review ${i}`), label: Array.from({ length: 80 }, (_, i) => (i % 2 ? "pos" : "neg")) })';
  const cells = [
    `${IMPORT}await tl.tf.ready();`,
    `${IMPORT}${FRAME}`,
    `${IMPORT}${FRAME}.column("label")`,
    `${IMPORT}tl.tf.range(0, 100).reshape([10, 10])`,
    `${IMPORT}tl.data.describe(${FRAME})`,
  ];
  const outputs = runCellsInKernel(cells);
  assert.deepEqual(outputs.flat().filter((o) => o.output_type === 'error').map((e) => `${e.ename}: ${e.evalue}`), []);
  const result = (i: number) => {
    const found = outputs[i].filter((o) => o.output_type === 'execute_result');
    assert.equal(found.length, 1, `cell ${i} has one result`);
    return found[0].data!;
  };
  assert.match(String(result(1)['text/html']), /class="dataframe".*<tr><th>79<\/th>.*80 rows × 2 columns/s);
  assert.match(String(result(2)['text/html']), /Name: label, Length: 80, dtype: string/);
  assert.match(String(result(3)['text/plain']), /^tf\.Tensor float32 \[10, 10\]/);
  assert.match(String(result(4)['text/html']), /<th>label<\/th><td>string<\/td>.*neg: 40, pos: 40/s);
});
