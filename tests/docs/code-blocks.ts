// Doctest-style runs of the TypeScript blocks in README.md and docs/*.md.
//
// Which blocks run: every fenced block whose info string starts with `ts` or
// `typescript`. A block that must not run (it needs the network, a GPU, a
// server left running, or it only shows a type) is marked on its fence:
//
//     ```ts no-run
//
// Each block is a whole script: it imports what it uses ('transferlab' resolves
// through node_modules/transferlab -> the repo, see scripts/link-self.js).
//
// Small limits: before a block runs, every `limit: N` becomes
// `limit: Math.min(N, TRANSFERLAB_DOCS_LIMIT)` (default 200 rows) and every
// `epochs: N` becomes `epochs: Math.min(N, TRANSFERLAB_DOCS_EPOCHS)` (default 1),
// so the README's 2,000-review fine-tune runs in seconds. Set both to 0 to run
// the blocks exactly as written.
import * as fs from 'fs';
import * as path from 'path';

export interface CodeBlock {
  /** e.g. README.md:9 (the fence's line). */
  where: string;
  file: string;
  line: number;
  info: string;
  code: string;
  run: boolean;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)(.*)$/;

/** The fenced TypeScript blocks of one Markdown text. */
export function typescriptBlocks(markdown: string, file: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const [, , fence, lang, rest] = open;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j].trim().startsWith(fence) && lines[j].trim().replace(/[`~]/g, '') === '')) body.push(lines[j++]);
    if (lang === 'ts' || lang === 'typescript') {
      const info = `${lang}${rest}`.trim();
      blocks.push({ where: `${file}:${i + 1}`, file, line: i + 1, info, code: body.join('\n'), run: !/\bno-run\b/.test(rest) });
    }
    i = j;
  }
  return blocks;
}

/** README.md and docs/*.md (sorted), relative to `root`. */
export function documentedFiles(root: string): string[] {
  const docs = path.join(root, 'docs');
  const inDocs = fs.existsSync(docs) ? fs.readdirSync(docs).filter((f) => f.endsWith('.md')).sort().map((f) => path.join('docs', f)) : [];
  return ['README.md', ...inDocs].filter((f) => fs.existsSync(path.join(root, f)));
}

export interface Limits {
  /** Rows per `limit:`; 0 keeps the block's own. */
  limit: number;
  /** Epochs per `epochs:`; 0 keeps the block's own. */
  epochs: number;
}

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got '${raw}'`);
    return n;
  };
  return { limit: read('TRANSFERLAB_DOCS_LIMIT', 200), epochs: read('TRANSFERLAB_DOCS_EPOCHS', 1) };
}

/** The block with its limits applied, as a module whose statements run inside an async main (top-level await). */
export function runnableSource(block: CodeBlock, limits: Limits): string {
  let code = block.code;
  if (limits.limit > 0) code = code.replace(/\blimit:\s*(\d[\d_]*)/g, `limit: Math.min($1, ${limits.limit})`);
  if (limits.epochs > 0) code = code.replace(/\bepochs:\s*(\d+)/g, `epochs: Math.min($1, ${limits.epochs})`);
  const imports: string[] = [];
  const body: string[] = [];
  let inImport = false;
  for (const line of code.split('\n')) {
    if (/^import\s/.test(line)) inImport = true;
    (inImport ? imports : body).push(line);
    // An import ends at its module specifier: `from '...'` or a bare `import '...'`.
    if (inImport && /['"][^'"]+['"];?\s*(\/\/.*)?$/.test(line)) inImport = false;
  }
  return [
    `// ${block.where}`,
    ...imports,
    'export {};',
    'async function main(): Promise<void> {',
    ...body,
    '}',
    'main().then(',
    '  () => process.exit(0),',
    '  (error) => { console.error(error); process.exit(1); },',
    ');',
    '',
  ].join('\n');
}
