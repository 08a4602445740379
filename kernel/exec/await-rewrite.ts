// Rewrites `await x` into `await HOOK(x)` in a cell's compiled JavaScript, so an
// interrupt can stop the cell at its next await (see interrupt.ts). Only text is
// inserted within lines, so line numbers (used by tracebacks) do not move.
import * as ts from '@tslab/typescript-for-tslab';

export const AWAIT_HOOK = '__transferlabInterruptible__';

export function makeAwaitsInterruptible(js: string): string {
  if (!js.includes('await')) return js;
  const file = ts.createSourceFile('cell.js', js, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS);
  const inserts: Array<[number, string]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isAwaitExpression(node)) {
      inserts.push([node.expression.getStart(file), `${AWAIT_HOOK}(`], [node.expression.end, ')']);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // Apply from the end so earlier offsets stay valid; at equal offsets, order is irrelevant.
  inserts.sort((a, b) => b[0] - a[0]);
  let out = js;
  for (const [at, text] of inserts) out = out.slice(0, at) + text + out.slice(at);
  return out;
}
