// Top-level await in a cell's compiled JavaScript. tslab only notices an await
// through TypeScript's "await outside async" diagnostic, which its compiler
// never reports for `await (x)` (outside async code that parses as a call to a
// function named await) nor for `for await`; so the cell's awaits are found here
// instead, by parsing the code as the body of the async function it runs in.
// Each `await x` then becomes `await HOOK(x)`, so an interrupt can stop the
// cell at its next await (see interrupt.ts). Awaits inside functions the cell
// defines are hooked too: a loop defined in one cell and awaited from a later
// one stays interruptible. Only text is inserted within lines, so line numbers
// (used by tracebacks) do not move.
import * as ts from '@tslab/typescript-for-tslab';

export const AWAIT_HOOK = '__transferlabInterruptible__';

/** Wraps compiled cell code so that `await` always parses as the operator. */
const ASYNC_HEAD = '(async function () {\n';

function parseAsAsyncBody(js: string): ts.SourceFile {
  return ts.createSourceFile('cell.js', `${ASYNC_HEAD}${js}\n})`, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS);
}

function isAwait(node: ts.Node): boolean {
  return ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier !== undefined);
}

/** Whether the cell awaits outside every function it defines, so it must run in an async wrapper. */
export function hasTopLevelAwait(js: string): boolean {
  if (!js.includes('await')) return false;
  const file = parseAsAsyncBody(js);
  const wrapper = (file.statements[0] as ts.ExpressionStatement).expression as ts.ParenthesizedExpression;
  const body = (wrapper.expression as ts.FunctionExpression).body;
  const visit = (node: ts.Node): boolean =>
    isAwait(node) || (!ts.isFunctionLike(node) && (ts.forEachChild(node, visit) ?? false));
  return ts.forEachChild(body, visit) ?? false;
}

/** `js` is code that runs as the body of an async function when it awaits at top level. */
export function makeAwaitsInterruptible(js: string): string {
  if (!js.includes('await')) return js;
  const file = parseAsAsyncBody(js);
  const shift = ASYNC_HEAD.length;
  // Insertions as [offset in js, text]; an operand's edits lie strictly inside its own await's.
  const inserts: Array<[number, string]> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isAwaitExpression(node)) {
      inserts.push([node.expression.getStart(file) - shift, `${AWAIT_HOOK}(`], [node.expression.end - shift, ')']);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // In source order; were a closing and an opening ever at one offset, the closing belongs first.
  inserts.sort((a, b) => a[0] - b[0] || (a[1] === ')' ? -1 : 0) - (b[1] === ')' ? -1 : 0));
  let out = '';
  let from = 0;
  for (const [at, text] of inserts) {
    out += js.slice(from, at) + text;
    from = at;
  }
  return out + js.slice(from);
}
