// The cell compiler: a fork of tslab 1.0's converter (Apache-2.0,
// node_modules/tslab/dist/converter.js), with its semantics: a cell is
// type-checked as a module whose scope continues the declarations of earlier
// cells (`__prev__.d.ts`), its top-level names are exported, a trailing
// expression is stored in a variable, and identifiers from earlier cells read
// `exports.x`. What differs is cost. tslab emits an ES module and then converts
// it to CommonJS with ts.transpileModule, a second program and type checker per
// cell (a quarter of a `1+1` round trip); here the same emit runs TypeScript's
// CommonJS module transform after tslab's transform, so a cell is parsed,
// checked and printed once. Only what the kernel uses is kept (no addModule).
import path from 'path';
import * as ts from '@tslab/typescript-for-tslab';
import type { CompletionInfo, ConvertResult, Diagnostic, DiagnosticPos, SideOutput } from 'tslab/dist/converter';

export type { CompletionInfo, ConvertResult, Diagnostic, SideOutput };

export interface Converter {
  convert(prevDecl: string, src: string): ConvertResult;
  inspect(prevDecl: string, src: string, position: number): ts.QuickInfo | undefined;
  complete(prevDecl: string, src: string, position: number): CompletionInfo;
  close(): void;
}

/** TypeScript internals the converter needs (present in typescript-for-tslab 5.0, absent from its typings). */
const internal = ts as unknown as {
  transformModule(context: ts.TransformationContext): ts.Transformer<ts.SourceFile>;
  /** Fills the file's `locals` (at once; the type checker would bind every file of the program first). */
  bindSourceFile(file: ts.SourceFile, options: ts.CompilerOptions): void;
};

type WithLocals = { locals?: Map<string, ts.Symbol> };
/** The imports a file resolved to (TypeScript 5.0 keeps them on the file, in a ModeAwareCache). */
type WithResolvedModules = { resolvedModules?: { forEach(visit: (resolution: ts.ResolvedModuleWithFailedLookupLocations) => void): void } };
const resolvedModulesOf = (file: ts.SourceFile) => (file as unknown as WithResolvedModules).resolvedModules;
const isLocalSource = (file: string) => file.endsWith('.js') || (file.endsWith('.ts') && !file.endsWith('.d.ts'));
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const localsOf = (file: ts.SourceFile) => (file as unknown as WithLocals).locals;
const asMutable = <T>(o: T) => o as Mutable<T>;

/** Program.emit's fourth argument is TypeScript's internal EmitOnly (typed as a boolean): 0 emits JavaScript only. */
const EMIT_ONLY_JS = 0 as unknown as boolean;

/**
 * Top-level statements that add nothing to a cell's declarations (a `var` inside
 * them still does, but then the cell has top-level names). The first statement
 * of every cell is SRC_PREFIX's `export {}`, which is skipped separately.
 */
const DECLARES_NOTHING = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.ExpressionStatement,
  ts.SyntaxKind.EmptyStatement,
  ts.SyntaxKind.Block,
  ts.SyntaxKind.IfStatement,
  ts.SyntaxKind.DoStatement,
  ts.SyntaxKind.WhileStatement,
  ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ForInStatement,
  ts.SyntaxKind.ForOfStatement,
  ts.SyntaxKind.SwitchStatement,
  ts.SyntaxKind.LabeledStatement,
  ts.SyntaxKind.ThrowStatement,
  ts.SyntaxKind.TryStatement,
  ts.SyntaxKind.DebuggerStatement,
]);

const cancellationToken: ts.CancellationToken = {
  isCancellationRequested: () => false,
  throwIfCancellationRequested: () => undefined,
};

/** Node 18 and later run ES2022 (tslab's rule, the kernel requires Node 18+). */
const TARGET = ts.ScriptTarget.ES2022;
const LIB = ['lib.es2022.d.ts'];
/** Makes every cell a module: "any file containing a top-level import or export is considered a module". */
const SRC_PREFIX = 'export {};' + ts.sys.newLine;
const PREFIX_OFFSETS = { offset: SRC_PREFIX.length, line: 1, char: 0 };
const OUT_DIR = 'outDir';
const TSLAB_ROOT = path.dirname(path.dirname(require.resolve('tslab/dist/converter')));
const normalizeJoin = (...parts: string[]) => path.join(...parts).replace(/\\/g, '/');

// Watchers are set per path; tslab enables this process-wide (its issue #82).
ts.sys.useCaseSensitiveFileNames = true;

export function createConverter(): Converter {
  const cwd = ts.sys.getCurrentDirectory();
  const srcFilename = normalizeJoin(cwd, '__tslab__.ts');
  const declFilename = normalizeJoin(cwd, '__prev__.d.ts');
  const dstFilename = normalizeJoin(OUT_DIR, '__tslab__.js');
  const dstDeclFilename = normalizeJoin(OUT_DIR, '__tslab__.d.ts');
  let srcContent = '';
  let declContent = '';
  /** Local .ts/.js files a cell imported, emitted once until they change on disk. */
  const sideInputsConverted = new Set<string>();
  let builder: ts.BuilderProgram | undefined;
  let notifyUpdateSrc: ts.FileWatcherCallback | undefined;
  let notifyUpdateDecls: ts.FileWatcherCallback | undefined;
  /**
   * Timers the watch program set: its program update, and, when a watched folder
   * changes on disk (a file appears where an import failed), an invalidation of
   * failed lookups that schedules another update. Both may be pending at once.
   */
  const pending = new Set<() => void>();

  const sys: ts.System = Object.create(ts.sys) as ts.System;
  sys.getCurrentDirectory = () => cwd;
  // The watch program debounces with timers; we run them ourselves, synchronously, at the next convert.
  sys.setTimeout = (callback: (...args: unknown[]) => void, _ms: number, ...args: unknown[]) => {
    const timer = () => {
      pending.delete(timer);
      callback(...args);
    };
    pending.add(timer);
    return timer;
  };
  sys.clearTimeout = (timer: unknown) => {
    pending.delete(timer as () => void);
  };
  sys.readFile = (file, encoding) => {
    if (file === srcFilename) return SRC_PREFIX + srcContent;
    if (file === declFilename) return SRC_PREFIX + declContent;
    return ts.sys.readFile(forwardTslab(file), encoding);
  };
  // A cwd without node_modules still resolves packages (kernel-packages.ts forwards them, and `tslab` below).
  sys.directoryExists = (dir) => ts.sys.directoryExists(forwardTslab(dir)) || dir === normalizeJoin(cwd, 'node_modules');
  sys.fileExists = (file) => ts.sys.fileExists(forwardTslab(file));
  sys.readDirectory = (dir, ...rest) => ts.sys.readDirectory(forwardTslab(dir), ...rest);
  sys.writeFile = () => {
    throw new Error('the cell converter never writes files');
  };
  sys.watchFile = (file, callback, pollingInterval) => {
    if (file === srcFilename) {
      notifyUpdateSrc = callback;
      return { close: () => undefined };
    }
    if (file === declFilename) {
      notifyUpdateDecls = callback;
      return { close: () => undefined };
    }
    const watcher = ts.sys.watchFile!(
      file,
      (name, kind) => {
        sideInputsConverted.delete(name);
        callback(name, kind);
      },
      pollingInterval,
    );
    return watcher;
  };

  const host = ts.createWatchCompilerHost(
    [declFilename, srcFilename],
    {
      // ESNext keeps dynamic import() for the module transform below.
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      esModuleInterop: true,
      target: TARGET,
      lib: LIB,
      declaration: true,
      newLine: ts.NewLineKind.LineFeed,
      noImplicitUseStrict: true,
      experimentalDecorators: true,
      resolveJsonModule: true,
      jsx: ts.JsxEmit.React,
      typeRoots: typeRoots(),
      // allowJs, checkJs and outDir let cells import local .js files.
      allowJs: true,
      checkJs: true,
      // typescript-for-tslab's flag: a top-level await is reported (code 1308) and then allowed, see convertDiagnostics.
      disableTopLevelAwait: true,
      skipLibCheck: true,
      // rootDir keeps the output paths of local modules stable.
      rootDir: cwd,
      outDir: OUT_DIR,
    } as ts.CompilerOptions,
    sys,
    // A plain program per update: the default builder keeps per-file state for incremental emit that the
    // converter never uses, and rebuilding it took three quarters of a cell's time (4-5 ms) whenever the cell changed.
    ts.createAbstractBuilder,
    (d) => console.log(d.messageText),
    () => undefined,
  );
  host.afterProgramCreate = (b) => {
    builder = b;
  };
  const watch = ts.createWatchProgram(host);
  if (!builder) throw new Error('the TypeScript watch program created no builder');

  return { close: () => watch.close(), convert, inspect, complete };

  /** `<cwd>/node_modules/tslab/...` is tslab's own copy, so cells can import tslab from any folder (as in tslab). */
  function forwardTslab(file: string): string {
    const rel = path.relative(normalizeJoin(cwd, 'node_modules', 'tslab'), file);
    return rel.startsWith('..') ? file : normalizeJoin(TSLAB_ROOT, rel);
  }

  /** The default type roots, plus tslab's @types when they lack @types/node (tslab's bug #10). */
  function typeRoots(): string[] {
    const roots = ts.getDefaultTypeRoots(cwd, { directoryExists: sys.directoryExists }) ?? [];
    if (roots.some((root) => ts.sys.fileExists(normalizeJoin(root, 'node', 'package.json')))) return roots;
    return [...roots, normalizeJoin(TSLAB_ROOT, 'node_modules', '@types')];
  }

  function program(): ts.BuilderProgram {
    return builder!;
  }

  function sourceFile(file: string): ts.SourceFile {
    return program().getSourceFile(file)!;
  }

  function updateContent(decls: string, src: string): void {
    declContent = decls;
    srcContent = src;
    notifyUpdateSrc!(srcFilename, ts.FileWatcherEventKind.Changed);
    notifyUpdateDecls!(declFilename, ts.FileWatcherEventKind.Changed);
    if (pending.size === 0) throw new Error('the TypeScript watch program did not schedule a rebuild');
    // In order of scheduling; a timer may schedule another (an invalidation schedules an update).
    for (let next = first(pending); next; next = first(pending)) next();
  }

  /** The cell's source file, its scope chained to the earlier cells' declarations. */
  function cellFiles(): { srcFile: ts.SourceFile; declsFile: ts.SourceFile } {
    // The type checker binds every file of the program, which gives completions the parent pointers they walk.
    program().getProgram().getTypeChecker();
    const declsFile = sourceFile(declFilename);
    const srcFile = sourceFile(srcFilename);
    asMutable(srcFile as ts.Node).parent = declsFile as unknown as ts.Node;
    return { srcFile, declsFile };
  }

  function convert(prevDecl: string, src: string): ConvertResult {
    updateContent(prevDecl, src);
    const keys = new Set<string>();
    const written = sourceFile(srcFilename);
    internal.bindSourceFile(written, program().getCompilerOptions());
    localsOf(written)?.forEach((_, key) => keys.add(key));
    // Export every top-level name so that later cells see it.
    if (keys.size > 0) updateContent(prevDecl, `${src}\nexport {${[...keys].join(', ')}}`);
    const { srcFile, declsFile } = cellFiles();
    const diag = convertDiagnostics(preEmitDiagnosticsWithDependencies(srcFile));
    if (diag.diagnostics.length > 0) return { diagnostics: diag.diagnostics };

    // A cell that declares nothing leaves the earlier cells' declarations as they are: emit its JavaScript only.
    const declares = keys.size > 0 || srcFile.statements.some((s, i) => i > 0 && !DECLARES_NOTHING.has(s.kind));
    let output: string | undefined;
    let declOutput = '';
    let lastExpressionVar: string | undefined;
    let sideOutputs: SideOutput[] | undefined;
    const checker = program().getProgram().getTypeChecker();
    const transformers = customTransformers(checker, srcFile, declsFile, keys, (name) => {
      lastExpressionVar = name;
    });
    for (const dep of srcDependencies(srcFile)) {
      if (sideInputsConverted.has(dep)) continue;
      if (dep !== srcFilename) sideInputsConverted.add(dep);
      program().emit(
        sourceFile(dep),
        (fileName, data) => {
          if (fileName === dstFilename) output = data;
          else if (fileName === dstDeclFilename) declOutput = data;
          else if (fileName.endsWith('.js')) {
            const rel = path.relative(OUT_DIR, fileName);
            if (rel.startsWith('..')) throw new Error(`the converter emitted outside its output folder: ${fileName}`);
            (sideOutputs ??= []).push({ path: normalizeJoin(cwd, rel), data });
          }
        },
        undefined,
        // Only the cell's own declarations are kept (a local module's come from its file).
        dep === srcFilename && declares ? undefined : EMIT_ONLY_JS,
        transformers,
      );
    }
    sideOutputs?.sort((a, b) => a.path.localeCompare(b.path));
    const declarations = declares ? declOutput + remainingDecls(checker, srcFile, declsFile) : undefined;
    return { output, declOutput: declarations, diagnostics: [], hasToplevelAwait: diag.hasToplevelAwait, sideOutputs, lastExpressionVar };
  }

  function inspect(prevDecl: string, src: string, position: number): ts.QuickInfo | undefined {
    updateContent(prevDecl, src);
    const { srcFile } = cellFiles();
    const info = ts.getQuickInfoAtPosition(srcFile, program().getProgram().getTypeChecker(), cancellationToken, position + SRC_PREFIX.length);
    if (info?.textSpan) info.textSpan.start -= SRC_PREFIX.length;
    return info;
  }

  function complete(prevDecl: string, src: string, position: number): CompletionInfo {
    updateContent(prevDecl, src);
    const { srcFile } = cellFiles();
    const pos = position + SRC_PREFIX.length;
    const info = ts.Completions.getCompletionsAtPositionForTslab(
      {} as ts.LanguageServiceHost,
      program().getProgram(),
      () => undefined,
      srcFile,
      pos,
      {},
      undefined,
      ts.CompletionTriggerKind.Invoked,
      cancellationToken,
    ) as ts.CompletionInfo | undefined;
    if (info?.optionalReplacementSpan) info.optionalReplacementSpan.start -= SRC_PREFIX.length;
    // findPrecedingToken may return a token that ends after pos; see tslab's tests.
    const prev = ts.findPrecedingToken(pos, srcFile);
    if (prev && ts.isIdentifier(prev) && prev.end >= pos) return completionWithId(info, prev, srcFile);
    const next = prev ? ts.findNextToken(prev, srcFile, srcFile) : undefined;
    if (next && ts.isIdentifier(next) && next.getStart(srcFile) <= pos && pos <= next.end) return completionWithId(info, next, srcFile);
    const entries = (info?.entries ?? []).slice();
    entries.sort((a, b) => a.sortText.localeCompare(b.sortText) || a.name.localeCompare(b.name));
    return { start: pos - SRC_PREFIX.length, end: pos - SRC_PREFIX.length, candidates: entries.map((e) => e.name), original: info };
  }

  /** Candidates for the identifier at the cursor: prefix matches, then case-insensitive, then substring. */
  function completionWithId(info: ts.CompletionInfo | undefined, id: ts.Identifier, srcFile: ts.SourceFile): CompletionInfo {
    const name = id.text;
    const lower = name.toLowerCase();
    const ranked: { name: string; sortKey: string; index: number }[] = [];
    (info?.entries ?? []).forEach((e, index) => {
      const lname = e.name.toLowerCase();
      const key = e.name.startsWith(name) ? '0' : lname.startsWith(lower) ? '1' : lname.includes(lower) ? '2' : '';
      if (key !== '') ranked.push({ name: e.name, sortKey: key + e.sortText, index });
    });
    ranked.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.index - b.index);
    return {
      start: id.getStart(srcFile) - SRC_PREFIX.length,
      end: id.end - SRC_PREFIX.length,
      candidates: ranked.map((e) => e.name),
      original: info,
    };
  }

  function preEmitDiagnosticsWithDependencies(srcFile: ts.SourceFile): readonly ts.Diagnostic[] {
    const files = [srcFile, ...srcDependencies(srcFile).filter((d) => d !== srcFile.fileName).map(sourceFile)];
    return ts.getPreEmitDiagnosticsOfFiles(program().getProgram(), files);
  }

  /** The local .ts and .js files the cell imports, directly or through each other, itself first. */
  function srcDependencies(srcFile: ts.SourceFile): string[] {
    const seen = new Set<string>([srcFile.fileName]);
    const queue = [srcFile];
    for (let file = queue.shift(); file; file = queue.shift()) {
      resolvedModulesOf(file)?.forEach(({ resolvedModule: resolved }) => {
        const name = resolved?.resolvedFileName;
        if (!name || resolved.isExternalLibraryImport || seen.has(name) || !isLocalSource(name)) return;
        const dep = program().getSourceFile(name);
        if (!dep) return;
        seen.add(name);
        queue.push(dep);
      });
    }
    return [...seen];
  }

  /** A top-level `await` (TS1308 under disableTopLevelAwait) is allowed: the kernel runs such cells in an async function. */
  function isTopLevelAwaitDiagnostic(srcFile: ts.SourceFile, d: ts.Diagnostic): boolean {
    if (d.code !== 1308 || d.start === undefined || d.length === undefined) return false;
    const token = ts.findPrecedingToken(d.start + d.length, srcFile);
    if (token?.kind !== ts.SyntaxKind.AwaitKeyword) return false;
    for (let parent = token.parent; parent && parent !== (srcFile as ts.Node); parent = parent.parent) {
      switch (parent.kind) {
        case ts.SyntaxKind.ArrowFunction:
        case ts.SyntaxKind.FunctionExpression:
        case ts.SyntaxKind.FunctionDeclaration:
        case ts.SyntaxKind.ClassDeclaration:
        case ts.SyntaxKind.ModuleDeclaration:
          return false;
      }
    }
    return true;
  }

  function cellPosition(fileName: string, offset: number): DiagnosticPos {
    const { line, character } = ts.getLineAndCharacterOfPosition(sourceFile(fileName), offset);
    if (fileName !== srcFilename) return { offset, line, character };
    return { offset: offset - PREFIX_OFFSETS.offset, line: line - PREFIX_OFFSETS.line, character: character - PREFIX_OFFSETS.char };
  }

  function convertDiagnostics(input: readonly ts.Diagnostic[]): { diagnostics: Diagnostic[]; hasToplevelAwait: boolean } {
    let hasToplevelAwait = false;
    const diagnostics: Diagnostic[] = [];
    const srcFile = sourceFile(srcFilename);
    for (const d of input) {
      if (!d.file || d.start === undefined || d.length === undefined) continue;
      if (d.file.fileName === srcFilename && isTopLevelAwaitDiagnostic(srcFile, d)) {
        hasToplevelAwait = true;
        continue;
      }
      let fileName: string | undefined;
      if (d.file.fileName !== srcFilename) {
        // Errors in files outside the working folder (libraries) are not the cell's.
        const rel = path.relative(cwd, d.file.fileName);
        if (rel.startsWith('..')) continue;
        fileName = rel;
      }
      const start = cellPosition(d.file.fileName, d.start);
      const end = cellPosition(d.file.fileName, d.start + d.length);
      if (typeof d.messageText === 'string') {
        diagnostics.push({ start, end, messageText: d.messageText, category: d.category, code: d.code, fileName });
      } else {
        flattenChain(start, end, d.messageText, diagnostics, fileName);
      }
    }
    return { diagnostics, hasToplevelAwait };
  }
}

function first<T>(set: Set<T>): T | undefined {
  return set.values().next().value as T | undefined;
}

function flattenChain(start: DiagnosticPos, end: DiagnosticPos, msg: ts.DiagnosticMessageChain, out: Diagnostic[], fileName?: string): void {
  out.push({ start, end, messageText: msg.messageText, category: msg.category, code: msg.code, fileName });
  for (const child of msg.next ?? []) flattenChain(start, end, child, out);
}

/**
 * tslab's transforms, then CommonJS: identifiers declared by earlier cells become
 * `exports.x`, a trailing expression is stored in `tsLastExpr`, and the `export {...}`
 * of the cell's names is left out of its declarations.
 */
function customTransformers(
  checker: ts.TypeChecker,
  cellFile: ts.SourceFile,
  declsFile: ts.SourceFile,
  locals: Set<string>,
  setLastExprName: (name: string) => void,
): ts.CustomTransformers {
  const nullContext = ts.getNullTransformationContext();
  const lastExprVar = () => {
    if (!locals.has('tsLastExpr')) return 'tsLastExpr';
    for (let i = 0; ; i++) if (!locals.has(`tsLastExpr${i}`)) return `tsLastExpr${i}`;
  };
  const wrapPrevIdentifier = (node: ts.Node): ts.Node => {
    // An export specifier names a binding, it does not read it (earlier-cell-references.ts drops earlier cells' ones).
    if (ts.isExportSpecifier(node)) return node;
    if (!ts.isIdentifier(node)) return ts.visitEachChild(node, wrapPrevIdentifier, nullContext);
    if (node.parent && ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) return node;
    const fromEarlierCell = (checker.getSymbolAtLocation(node)?.declarations ?? []).some((d) => d.getSourceFile() === declsFile);
    return fromEarlierCell ? ts.factory.createPropertyAccessExpression(ts.factory.createIdentifier('exports'), node) : node;
  };
  // Returns new nodes: the program keeps the files it emits, and checks them again while they are unchanged.
  const cellTransform = () => (file: ts.SourceFile) => {
    // The local modules a cell imports are emitted with these transformers too, and stay as they are.
    if (file.fileName !== cellFile.fileName) return file;
    const node = ts.visitEachChild(file, wrapPrevIdentifier, nullContext);
    for (let i = node.statements.length - 1; i >= 0; i--) {
      const stmt = node.statements[i];
      if (ts.isExportDeclaration(stmt)) continue;
      if (!ts.isExpressionStatement(stmt)) break;
      const name = lastExprVar();
      const store = ts.factory.createVariableStatement(
        [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)],
        ts.factory.createVariableDeclarationList([ts.factory.createVariableDeclaration(name, undefined, undefined, stmt.expression)], ts.NodeFlags.Const),
      );
      setLastExprName(name);
      return ts.factory.updateSourceFile(node, [...node.statements.slice(0, i), store, ...node.statements.slice(i + 1)]);
    }
    return node;
  };
  // The program emits ES modules (for dynamic import); the module transform turns the result into CommonJS here.
  const commonJs = (context: ts.TransformationContext) => {
    const options = { ...context.getCompilerOptions(), module: ts.ModuleKind.CommonJS };
    // The context's onSubstituteNode/onEmitNode are accessors over its closure, so they work through the prototype.
    const asCommonJs = Object.create(context) as ts.TransformationContext;
    asCommonJs.getCompilerOptions = () => options;
    return internal.transformModule(asCommonJs);
  };
  const dropExportDeclarations = () => (file: ts.SourceFile) => ts.factory.updateSourceFile(file, file.statements.filter((s) => !ts.isExportDeclaration(s)));
  return { after: [cellTransform, commonJs], afterDeclarations: [dropExportDeclarations as unknown as ts.TransformerFactory<ts.SourceFile | ts.Bundle>] };
}

/**
 * The earlier cells' declarations this cell does not redeclare, as text to
 * append to its own (a later declaration of a name replaces the earlier one).
 */
const declPrinter = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });

function remainingDecls(checker: ts.TypeChecker, srcSF: ts.SourceFile, declsSF: ts.SourceFile): string {
  const declLocals = localsOf(declsSF)!;
  const locals = localsOf(srcSF)!;
  const keepMap = new Map<ts.Node, Set<string>>();
  const addName = (node: ts.Node, name: string) => {
    const set = keepMap.get(node) ?? new Set<string>();
    set.add(name);
    keepMap.set(node, set);
  };
  const valueNames = new Set<string>();
  const anyVars = new Set<string>();
  declLocals.forEach((sym, key) => {
    const keep = checkKeepDeclType(checker, locals.get(key));
    if (!keep.type && !keep.value) return;
    for (const decl of sym.declarations ?? []) {
      let node: ts.Node = decl;
      while (node.parent !== (declsSF as ts.Node)) node = node.parent;
      if (node.kind === ts.SyntaxKind.VariableStatement) {
        if (keep.value) {
          addName(node, key);
          anyVars.delete(key);
          valueNames.add(key);
        }
      } else if (ts.isTypeAliasDeclaration(node)) {
        if (keep.type) addName(node, key);
      } else if (ts.isClassDeclaration(node) || ts.isEnumDeclaration(node)) {
        // A class or enum whose type is replaced keeps only its value, as `any`.
        if (keep.type) {
          if (keep.value) addName(node, key);
        } else if (!valueNames.has(node.name!.text)) {
          anyVars.add(node.name!.text);
        }
      } else if (ts.isImportDeclaration(node)) {
        if (keep.type && keep.value) {
          addName(node, key);
          continue;
        }
        const aliased = checker.getAliasedSymbol(sym);
        if (!keep.value) {
          if (aliased.flags & ts.SymbolFlags.Value) continue;
          // tslab tests `flags && SymbolFlags.Type`, i.e. any flags at all; kept, as it decides which imports survive.
          if (aliased.flags !== 0) addName(node, key);
          continue;
        }
        if (aliased.flags & ts.SymbolFlags.Type) {
          if (aliased.flags & ts.SymbolFlags.Value && !valueNames.has(aliased.name)) anyVars.add(aliased.name);
          continue;
        }
        addName(node, key);
      } else if (ts.isFunctionDeclaration(node)) {
        if (keep.value) addName(node, key);
      } else if (ts.isInterfaceDeclaration(node)) {
        if (keep.type) addName(node, key);
      }
    }
  });
  // New nodes, not edits: the program keeps this source file, and reuses it while the declarations' text is unchanged.
  const statements: ts.Statement[] = [];
  for (const stmt of declsSF.statements) {
    const names = keepMap.get(stmt);
    if (!names) continue;
    if (ts.isVariableStatement(stmt)) {
      const decls = stmt.declarationList.declarations.filter((d) => ts.isIdentifier(d.name) && names.has(d.name.text));
      statements.push(ts.factory.updateVariableStatement(stmt, stmt.modifiers, ts.factory.updateVariableDeclarationList(stmt.declarationList, decls)));
    } else if (ts.isImportDeclaration(stmt)) {
      statements.push(keepNamesInImport(stmt, names));
    } else {
      statements.push(stmt);
    }
  }
  const printed = declPrinter.printFile(ts.factory.updateSourceFile(declsSF, statements));
  return printed + [...anyVars].map((name) => `let ${name}: any;\n`).join('');
}

function checkKeepDeclType(checker: ts.TypeChecker, symbol: ts.Symbol | undefined): { value: boolean; type: boolean } {
  const keep = { value: true, type: true };
  if (!symbol) return keep;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  if (symbol.flags & ts.SymbolFlags.Value) keep.value = false;
  if (symbol.flags & ts.SymbolFlags.Type) keep.type = false;
  return keep;
}

function keepNamesInImport(im: ts.ImportDeclaration, names: Set<string>): ts.ImportDeclaration {
  const clause = im.importClause!;
  const name = clause.name && names.has(clause.name.text) ? clause.name : undefined;
  let bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) {
    if (!names.has(bindings.name.text)) bindings = undefined;
  } else if (bindings) {
    const kept = bindings.elements.filter((e) => names.has(e.name.text));
    bindings = kept.length > 0 ? ts.factory.updateNamedImports(bindings, kept) : undefined;
  }
  if (!name && !bindings) throw new Error('keepNamesInImport: no name of the import is kept');
  const keptClause = ts.factory.updateImportClause(clause, clause.isTypeOnly, name, bindings);
  return ts.factory.updateImportDeclaration(im, im.modifiers, keptClause, im.moduleSpecifier, im.assertClause);
}
