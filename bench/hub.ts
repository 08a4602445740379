// Hub download speed: resolveHuggingFace on a local 127.0.0.1 hub (a redirect to
// a CDN origin, as huggingface.co answers for LFS weights) against a plain fetch
// of the same bytes to a file, in the same run. Shows what the cache's checks
// (size, sha256 re-read, atomic rename) cost. Usage:
//   node dist/bench/hub.js [--mb 256]
import { createHash, randomBytes } from 'crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import type { ReadableStream as WebReadableStream } from 'stream/web';
import { resolveHuggingFace } from '../src/models/huggingface/hub';

const i = process.argv.indexOf('--mb');
const megabytes = i >= 0 ? Number(process.argv[i + 1]) : 256;
const weights = randomBytes(megabytes * 1e6);
const sha256 = createHash('sha256').update(weights).digest('hex');
const small: Record<string, string> = { 'config.json': '{"model_type":"bert"}', 'tokenizer.json': '{}' };

async function listen(handler: http.RequestListener): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function main(): Promise<void> {
  const cdn = await listen((_req, res) => res.writeHead(200, { 'content-length': String(weights.length) }).end(weights));
  const hub = await listen((req, res) => {
    const file = (req.url ?? '').split('/resolve/main/')[1];
    if (file === 'model.safetensors') {
      res.writeHead(302, { location: `${cdn.url}/blob`, 'x-linked-size': String(weights.length), 'x-linked-etag': `"${sha256}"` }).end();
    } else if (file !== undefined && small[file] !== undefined) res.writeHead(200).end(small[file]);
    else res.writeHead(404).end();
  });
  const cache = mkdtempSync(path.join(os.tmpdir(), 'tl-bench-hub-'));
  try {
    const plainFetch = async (n: number) => {
      const t = performance.now();
      const response = await fetch(`${cdn.url}/blob`);
      await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), createWriteStream(path.join(cache, `plain${n}.bin`)));
      return (performance.now() - t) / 1000;
    };
    await plainFetch(0); // warm-up: JIT, sockets, page cache
    const before = await plainFetch(1);
    process.env.TRANSFERLAB_CACHE = cache;
    const t1 = performance.now();
    await resolveHuggingFace('hf:bench/model', { endpoint: hub.url, progressOutput: { isTTY: false, write: () => true } });
    const resolved = (performance.now() - t1) / 1000;
    const plain = (before + (await plainFetch(2))) / 2;

    const mbps = (s: number) => (megabytes / s).toFixed(0);
    console.log(`model.safetensors: ${megabytes} MB over 127.0.0.1 (redirect to a second origin)`);
    console.log(`plain fetch to a file:        ${plain.toFixed(2)} s  ${mbps(plain)} MB/s  (mean of one run before and one after)`);
    console.log(`resolveHuggingFace (checked): ${resolved.toFixed(2)} s  ${mbps(resolved)} MB/s  (${(resolved / plain).toFixed(2)}x)`);
    console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (the ${megabytes} MB source buffer included)`);
  } finally {
    rmSync(cache, { recursive: true, force: true });
    hub.server.close();
    cdn.server.close();
  }
}

void main();
