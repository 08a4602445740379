// tslab's converter rewrites a name declared in an earlier cell to `exports.name`,
// but only where it is a plain identifier. It misses two spellings:
// - a shorthand property, `{ foo }` or `({ foo } = o)`: left as `foo`, which is
//   a ReferenceError (or, as an assignment target, a new global);
// - a local export, `export { foo }`: it compiles to `exports.foo = void 0`,
//   wiping out the earlier cell's value.
// For a cell that has already type-checked as written, we spell shorthands out
// (`{ foo: foo }`, which tslab does rewrite) and drop export specifiers of names
// the cell does not declare (every earlier cell's name is exported already, and
// tslab drops `export { }` from the declarations later cells see).
// Text is only inserted or replaced within lines, so line numbers stay put.
import * as ts from '@tslab/typescript-for-tslab';

type Edit = { start: number; end: number; text: string };

/** Names a cell declares at its top level (where `export { name }` looks them up). */
function topLevelNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const addBinding = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) statement.declarationList.declarations.forEach((d) => addBinding(d.name));
    else if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      else bindings?.elements.forEach((e) => names.add(e.name.text));
    } else {
      const name = (statement as { name?: ts.Node }).name;
      if (name && ts.isIdentifier(name)) names.add(name.text);
    }
  }
  return names;
}

/** The cell's source with earlier cells' names spelled so tslab rewrites them; same text if nothing to do. */
export function spellOutEarlierCellReferences(code: string): string {
  // Both spellings sit in braces; most short cells have none and need no parse.
  if (!code.includes('{')) return code;
  const file = ts.createSourceFile('cell.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: Edit[] = [];
  let declared: Set<string> | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isShorthandPropertyAssignment(node)) {
      edits.push({ start: node.name.end, end: node.name.end, text: `: ${node.name.getText(file)}` });
    } else if (ts.isExportDeclaration(node) && !node.moduleSpecifier && node.exportClause && ts.isNamedExports(node.exportClause)) {
      declared ??= topLevelNames(file);
      const clause = node.exportClause;
      const kept = clause.elements.filter((s) => declared!.has((s.propertyName ?? s.name).text));
      if (kept.length < clause.elements.length) {
        const newlines = clause.getText(file).split('\n').length - 1;
        const text = `{ ${kept.map((s) => s.getText(file)).join(', ')} }${'\n'.repeat(newlines)}`;
        edits.push({ start: clause.getStart(file), end: clause.end, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // Apply from the end so earlier offsets stay valid; edits never overlap.
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
