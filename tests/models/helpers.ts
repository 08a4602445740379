// Shared by the model-loading tests: a tiny real layers model, temp folders, a
// local HTTP server that serves a folder, and the ModelLoadError a call rejects with.
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import assert from 'node:assert/strict';
import { ModelLoadError } from '../../src/models';
import { tf } from '../../src/tf';

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `tl-${prefix}-`));
}

/** Dense 6 -> 5 -> 3: 35 + 18 = 53 parameters. */
export function tinyModel(): tf.LayersModel {
  const input = tf.input({ shape: [6] });
  const hidden = tf.layers.dense({ units: 5, activation: 'relu', name: 'hidden' }).apply(input) as tf.SymbolicTensor;
  const output = tf.layers.dense({ units: 3, activation: 'softmax', name: 'out' }).apply(hidden) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: output, name: 'tiny' });
}

export function weightsOf(model: tf.LayersModel): Float32Array[] {
  return model.getWeights().map((w) => w.dataSync() as Float32Array);
}

export interface FileServer {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** Paths with their query strings. */
  requestUrls: string[];
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a free port; 404 for anything missing. */
export async function serveFolder(dir: string): Promise<FileServer> {
  const requests: string[] = [];
  const requestUrls: string[] = [];
  const server = http.createServer((req, res) => {
    requestUrls.push(req.url ?? '/');
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(urlPath);
    const file = path.join(dir, urlPath);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, requestUrls, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Runs fn with environment variables set, restoring them after. */
export async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

/** Every file under dir, relative, sorted. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

/** The ModelLoadError a promise rejects with (fails the test if it resolves or throws anything else). */
export async function rejection(promise: Promise<unknown>): Promise<ModelLoadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(error instanceof ModelLoadError, `expected a ModelLoadError, got ${String(error)}`);
  return error;
}
