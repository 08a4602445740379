// The import graph of the sources, read with dpdm, and the cycles in it: between files, and
// between the folders right under a source root (src/metrics, src/plot, kernel/protocol, ...).
// Type-only imports count: a type shared both ways still ties two layers together.
import * as path from 'path';
import { parseDependencyTree } from 'dpdm';

/** file -> the project files it imports (paths relative to the root, '/'-separated). */
export type FileGraph = Map<string, Set<string>>;

export async function importGraph(root: string, globs: string[]): Promise<FileGraph> {
  // Third-party code stays out: installed packages, and vendor/ (danfojs-node, reached through its node_modules link).
  const tree = await parseDependencyTree(globs, {
    cwd: root, context: root, transform: false, tsconfig: path.join(root, 'tsconfig.json'), exclude: /node_modules|(^|[\\/])vendor[\\/]/,
  });
  const graph: FileGraph = new Map();
  for (const [file, deps] of Object.entries(tree)) {
    const targets = new Set<string>();
    for (const dep of deps ?? []) {
      if (dep.id && !dep.id.split(/[\\/]/).includes('node_modules')) targets.add(toPosix(dep.id));
    }
    graph.set(toPosix(file), targets);
  }
  return graph;
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/**
 * The layer a file belongs to: the first folder below its source root (src/plot/figure.ts ->
 * src/plot), or the file itself when it sits in the root (src/tf.ts, src/index.ts).
 */
export function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : file;
}

/** The folder graph, each edge with the file imports that make it. */
export function folderGraph(files: FileGraph): Map<string, Map<string, string[]>> {
  const folders = new Map<string, Map<string, string[]>>();
  for (const [file, targets] of files) {
    const from = folderOf(file);
    if (!folders.has(from)) folders.set(from, new Map());
    for (const target of targets) {
      const to = folderOf(target);
      if (to === from) continue;
      const edges = folders.get(from)!;
      edges.set(to, [...(edges.get(to) ?? []), `${file} -> ${target}`]);
    }
  }
  return folders;
}

/** The groups of nodes that reach each other (Tarjan's strongly connected components), larger than one node or self-importing. */
export function cycles(graph: Map<string, Iterable<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    const selfImport = [...(graph.get(node) ?? [])].includes(node);
    if (group.length > 1 || selfImport) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** One line per cycle, with the imports between its folders, for a failure message. */
export function describeFolderCycles(folders: Map<string, Map<string, string[]>>): string[] {
  return cycles(new Map([...folders].map(([from, edges]) => [from, edges.keys()]))).map((group) => {
    const imports = group.flatMap((from) => group.flatMap((to) => folders.get(from)?.get(to) ?? []));
    return `${group.join(' <-> ')}: ${imports.join('; ')}`;
  });
}
