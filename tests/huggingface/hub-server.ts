// A local stand-in for the Hugging Face hub on 127.0.0.1, in the hub's URL layout
// ({endpoint}/{repo}/resolve/{revision}/{file}). Like the hub, it answers LFS files
// (*.safetensors, *.bin) with a redirect to a CDN on another origin carrying
// X-Linked-Size and X-Linked-Etag (the sha256), and git files directly with a sha1
// ETag. Both honour Range. Faults (statuses, a dropped or cut body, a wrong sha256)
// are switched on per file.
import { createHash } from 'crypto';
import * as http from 'http';
import type { AddressInfo } from 'net';

export type RepoFiles = Record<string, Buffer | string>;

export interface Request {
  server: 'hub' | 'cdn';
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface Faults {
  /** 'repo/revision/file' (or 'repo' for every file of it) -> HTTP status to answer. */
  status: Map<string, number>;
  /** Files whose body is cut after half once, then served fully (with Range). */
  dropOnce: Set<string>;
  /** Files whose body is always cut after half, ignoring Range. */
  cut: Set<string>;
  /** Files announced with a wrong sha256. */
  wrongSha: Set<string>;
}

export interface FakeHub {
  url: string;
  cdnUrl: string;
  requests: Request[];
  faults: Faults;
  /** repo -> revision -> files. */
  repos: Map<string, Map<string, RepoFiles>>;
  addRepo(repo: string, revision: string, files: RepoFiles): void;
  close(): Promise<void>;
}

const sha = (algorithm: string, data: Buffer) => createHash(algorithm).update(data).digest('hex');
const isLfs = (file: string) => /\.(safetensors|bin)$/.test(file);

/** Sends `data` (or the Range asked for), cutting the body after half when `cut`. */
function sendBytes(req: http.IncomingMessage, res: http.ServerResponse, data: Buffer, headers: Record<string, string>, cut: boolean, honourRange = true): void {
  const range = honourRange ? /^bytes=(\d+)-$/.exec(req.headers.range ?? '') : null;
  const start = range ? Number(range[1]) : 0;
  if (start > data.length) {
    res.writeHead(416, { 'content-range': `bytes */${data.length}` }).end();
    return;
  }
  const body = data.subarray(start);
  const status = range ? 206 : 200;
  const head = { ...headers, 'content-length': String(body.length), ...(range ? { 'content-range': `bytes ${start}-${data.length - 1}/${data.length}` } : {}) };
  res.writeHead(status, head);
  if (!cut) {
    res.end(body);
    return;
  }
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => setTimeout(() => req.socket.destroy(), 20));
}

async function listen(handler: http.RequestListener): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export async function startFakeHub(): Promise<FakeHub> {
  const requests: Request[] = [];
  const faults: Faults = { status: new Map(), dropOnce: new Set(), cut: new Set(), wrongSha: new Set() };
  const repos = new Map<string, Map<string, RepoFiles>>();
  const blobs = new Map<string, { data: Buffer; key: string }>();
  const dropped = new Set<string>();

  const serveFile = (req: http.IncomingMessage, res: http.ServerResponse, key: string, data: Buffer, headers: Record<string, string>) => {
    const cut = faults.cut.has(key) || (faults.dropOnce.has(key) && !dropped.has(key));
    if (faults.dropOnce.has(key)) dropped.add(key);
    sendBytes(req, res, data, headers, cut, !faults.cut.has(key));
  };

  const cdn = await listen((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ server: 'cdn', path: urlPath, headers: req.headers });
    const blob = blobs.get(urlPath.replace(/^\/blobs\//, ''));
    if (!blob) return void res.writeHead(404).end('no such blob');
    serveFile(req, res, blob.key, blob.data, { etag: `"${sha('md5', blob.data)}"` });
  });

  const hub = await listen((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ server: 'hub', path: urlPath, headers: req.headers });
    const parts = urlPath.split('/').slice(1);
    const at = parts.indexOf('resolve');
    if (at < 1 || at > 2) return void res.writeHead(404).end('not a resolve URL');
    const repo = parts.slice(0, at).join('/');
    const revision = decodeURIComponent(parts[at + 1] ?? '');
    const file = parts.slice(at + 2).map(decodeURIComponent).join('/');
    const key = `${repo}/${revision}/${file}`;
    const forced = faults.status.get(key) ?? faults.status.get(repo);
    if (forced !== undefined) return void res.writeHead(forced, { 'x-error-code': 'GatedRepo' }).end(`status ${forced}`);
    const content = repos.get(repo)?.get(revision)?.[file];
    if (content === undefined) return void res.writeHead(404, { 'x-error-code': 'EntryNotFound' }).end('Entry not found');
    const data = Buffer.from(content);
    const sha256 = faults.wrongSha.has(key) ? sha('sha256', Buffer.from('something else')) : sha('sha256', data);
    if (req.method === 'HEAD') return void res.writeHead(isLfs(file) ? 302 : 200).end();
    if (isLfs(file)) {
      blobs.set(sha('sha256', data), { data, key });
      res.writeHead(302, { location: `${cdn.url}/blobs/${sha('sha256', data)}`, 'x-linked-size': String(data.length), 'x-linked-etag': `"${sha256}"`, etag: `"${sha256}"` }).end();
      return;
    }
    serveFile(req, res, key, data, { etag: `"${sha('sha1', data)}"` });
  });

  return {
    url: hub.url,
    cdnUrl: cdn.url,
    requests,
    faults,
    repos,
    addRepo(repo, revision, files) {
      if (!repos.has(repo)) repos.set(repo, new Map());
      repos.get(repo)!.set(revision, files);
    },
    close: async () => {
      for (const s of [hub.server, cdn.server]) {
        s.closeAllConnections();
        await new Promise((resolve) => s.close(resolve));
      }
    },
  };
}

/** Environment for a test that talks to `hubUrl` with its own cache: online, no token unless `extra` sets one. */
export function hubEnv(hubUrl: string, cache: string, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { TRANSFERLAB_CACHE: cache, HF_ENDPOINT: hubUrl, HF_TOKEN: undefined, TRANSFERLAB_OFFLINE: undefined, HF_HUB_OFFLINE: undefined, ...extra };
}
