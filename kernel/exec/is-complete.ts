// is_complete_request: tslab decides complete vs incomplete (and the indent
// for the next line); code whose parse errors are not just "more input
// expected" is invalid.
import * as ts from '@tslab/typescript-for-tslab';
import { isCompleteCode } from 'tslab/dist/converter';

export function isComplete(code: string): { status: 'complete' | 'incomplete' | 'invalid'; indent?: string } {
  const tslab = isCompleteCode(code);
  if (!tslab.completed) return { status: 'incomplete', indent: tslab.indent ?? '' };
  const file = ts.createSourceFile('cell.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const errors = (file as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics ?? [];
  return errors.length > 0 ? { status: 'invalid' } : { status: 'complete' };
}
