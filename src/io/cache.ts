// The download cache: every remote file lands in TRANSFERLAB_CACHE (default
// ~/.cache/transferlab) after its size and sha256 check out, via a temp file and
// a rename, so the cache never holds a half-written or unverified file.
// TRANSFERLAB_OFFLINE=1 turns every would-be download into an error listing the
// missing files. A dropped connection is retried, resuming with an HTTP Range
// request from the partial file kept in the cache's tmp/ folder; a failure
// removes the partial, so the cache never keeps a half file. Only an abort
// (options.signal) or a killed process leaves it, and the next call resumes it
// when a sha256 will verify the result, else starts over.
import { createHash } from 'crypto';
import { createReadStream, createWriteStream, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import type { ReadableStream as WebReadableStream } from 'stream/web';
import { ModelLoadError } from './errors';

export function cacheDir(): string {
  return process.env.TRANSFERLAB_CACHE || path.join(os.homedir(), '.cache', 'transferlab');
}

export function isOffline(): boolean {
  return /^(1|true|yes|on)$/i.test(process.env.TRANSFERLAB_OFFLINE ?? '');
}

export interface DownloadOptions {
  /** Expected lowercase hex sha256; the download is rejected if it differs. */
  sha256?: string;
  /** Expected size in bytes. */
  size?: number;
  /** Folder under the cache directory; default 'downloads/<hash of the URL's folder>'. */
  cacheSubdir?: string;
  /** File name in that folder (may hold subfolders, 'a/b.json'); default the URL's last path segment. */
  fileName?: string;
  /** An Authorization header value, sent only to the URL's own origin: dropped when a redirect leads to another host. */
  authorization?: string;
  /** Reads an expected size and sha256 from each response's headers (redirects included), e.g. a hub's X-Linked-Size; options.size/sha256 win. */
  checksFromHeaders?: (headers: Headers) => { size?: number; sha256?: string };
  /** Called as bytes arrive, with the total when known. */
  onProgress?: (received: number, total: number | undefined) => void;
  /** Tries when the connection drops; later tries resume from the partial file with a Range request. Default 3. */
  attempts?: number;
  /** Milliseconds before a retry, times the try number. Default 500. */
  retryDelayMs?: number;
  /** Turns a failure into the error to throw; default a ModelLoadError naming the URL. */
  describeFailure?: (failure: DownloadFailure) => ModelLoadError;
  /** Stops the download (the kernel's interrupt, say); the partial file stays for the next call to resume. */
  signal?: AbortSignal;
}

/** Why a download failed, for DownloadOptions.describeFailure. */
export type DownloadFailure =
  | { kind: 'http'; url: string; status: number; statusText: string }
  | { kind: 'network'; url: string; message: string }
  | { kind: 'size'; url: string; expected: number; actual: number }
  | { kind: 'checksum'; url: string; expected: string; actual: string };

/** Where cachedDownload(url, options) keeps the file. */
export function cachedPath(url: string, options: DownloadOptions = {}): string {
  const parsed = new URL(url);
  const folderUrl = `${parsed.origin}${path.posix.dirname(parsed.pathname)}`;
  const subdir = options.cacheSubdir ?? path.join('downloads', sha256Hex(folderUrl).slice(0, 16));
  const fileName = options.fileName ?? (path.posix.basename(parsed.pathname) || 'index');
  return path.join(cacheDir(), subdir, fileName);
}

/** Where an unfinished download of `target` is kept: one stable name, so a later call resumes it. */
export function partialPath(target: string): string {
  return path.join(cacheDir(), 'tmp', `${sha256Hex(target).slice(0, 32)}.part`);
}

/** True when the file is in the cache (and has the expected size, when known). */
export async function isCached(url: string, options: DownloadOptions = {}): Promise<boolean> {
  const stat = await fs.stat(cachedPath(url, options)).catch(() => undefined);
  return stat !== undefined && stat.isFile() && (options.size === undefined || stat.size === options.size);
}

/**
 * Returns the local path of `url`, downloading it into the cache first when it is
 * not there. Verifies size and sha256 when given (or read from the headers).
 * Throws ModelLoadError (OFFLINE, DOWNLOAD, SIZE_MISMATCH, CHECKSUM), or what
 * options.describeFailure makes of the failure.
 */
export async function cachedDownload(url: string, options: DownloadOptions = {}): Promise<string> {
  const target = cachedPath(url, options);
  if (await isCached(url, options)) return target;
  // Concurrent calls for one file share one download (they would share its partial file).
  const running = inFlight.get(target);
  if (running) return running;
  const download = downloadToCache(url, target, options).finally(() => inFlight.delete(target));
  inFlight.set(target, download);
  return download;
}

const inFlight = new Map<string, Promise<string>>();

async function downloadToCache(url: string, target: string, options: DownloadOptions): Promise<string> {
  if (isOffline()) {
    throw new ModelLoadError(
      'OFFLINE',
      target,
      `TRANSFERLAB_OFFLINE is set and ${url} is not in the cache.`,
      `unset TRANSFERLAB_OFFLINE (or run once with network access), or copy the file to ${target}`,
      [url],
    );
  }
  const partial = partialPath(target);
  await fs.mkdir(path.dirname(partial), { recursive: true });
  const describe = options.describeFailure ?? defaultFailure;
  let keepPartial = false;
  try {
    const { expected, sha256: streamedSha } = await downloadWithRetries(url, partial, options, describe);
    const { size } = await fs.stat(partial);
    const wantSize = options.size ?? expected.size;
    if (wantSize !== undefined && size !== wantSize) throw describe({ kind: 'size', url, expected: wantSize, actual: size });
    const wantSha = (options.sha256 ?? expected.sha256)?.toLowerCase();
    if (wantSha !== undefined) {
      const sha256 = streamedSha ?? (await fileSha256(partial));
      if (sha256 !== wantSha) throw describe({ kind: 'checksum', url, expected: wantSha, actual: sha256 });
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rename(partial, target);
    return target;
  } catch (error) {
    keepPartial = options.signal?.aborted === true;
    throw error;
  } finally {
    if (!keepPartial) await fs.rm(partial, { force: true });
  }
}

function defaultFailure(failure: DownloadFailure): ModelLoadError {
  const { url } = failure;
  switch (failure.kind) {
    case 'http':
      return new ModelLoadError('DOWNLOAD', url, `${url} answered HTTP ${failure.status} ${failure.statusText}.`, 'check the URL; for a private hub model, download it yourself and load it by path');
    case 'network':
      return new ModelLoadError('DOWNLOAD', url, `Could not reach ${url}: ${failure.message}.`, 'check the network and the URL, or set TRANSFERLAB_OFFLINE=1 to use only cached files');
    case 'size':
      return new ModelLoadError('SIZE_MISMATCH', url, `Downloaded ${failure.actual} bytes from ${url}, expected ${failure.expected}.`, 'retry; if it persists the server copy changed: check the URL or update the expected size');
    case 'checksum':
      return new ModelLoadError('CHECKSUM', url, `sha256 of ${url} is ${failure.actual}, expected ${failure.expected}.`, 'retry; if it persists the server copy changed: check the URL or update the expected sha256');
  }
}

/** A connection that failed or dropped mid-body: worth another try. */
class Dropped extends Error {}

interface Expected {
  size?: number;
  sha256?: string;
}

/** The checks the headers announced, and the file's sha256 when it streamed in one piece (a resumed file is hashed after). */
async function downloadWithRetries(url: string, partial: string, options: DownloadOptions, describe: (f: DownloadFailure) => ModelLoadError): Promise<{ expected: Expected; sha256?: string }> {
  const attempts = Math.max(1, options.attempts ?? 3);
  for (let attempt = 1; ; attempt++) {
    const expected: Expected = {};
    try {
      // A partial from this call is this file's prefix; one left by an earlier run may
      // be of an older version, so it is resumed only when a sha256 will check the result.
      const sha256 = await downloadOnce(url, partial, options, expected, describe, attempt > 1);
      return { expected, sha256 };
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason ?? error;
      if (!(error instanceof Dropped)) throw error;
      if (attempt >= attempts) {
        const got = (await fs.stat(partial).catch(() => undefined))?.size ?? 0;
        const want = options.size ?? expected.size;
        throw want !== undefined && got < want ? describe({ kind: 'size', url, expected: want, actual: got }) : describe({ kind: 'network', url, message: error.message });
      }
      await pause((options.retryDelayMs ?? 500) * attempt, options.signal);
      if (options.signal?.aborted) throw options.signal.reason ?? error;
    }
  }
}

/** Waits `ms`, or less when the signal aborts. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Fetches following redirects by hand, so the Authorization header never leaves the URL's origin. */
async function fetchFollowing(url: string, headers: Record<string, string>, options: DownloadOptions, expected: Expected): Promise<Response> {
  const origin = new URL(url).origin;
  let current = url;
  for (let hop = 0; hop < 10; hop++) {
    const sent = { ...headers };
    if (options.authorization !== undefined && new URL(current).origin === origin) sent.authorization = options.authorization;
    let response: Response;
    try {
      response = await fetch(current, { headers: sent, redirect: 'manual', signal: options.signal });
    } catch (error) {
      throw new Dropped(errorText(error));
    }
    Object.assign(expected, definedOnly(options.checksFromHeaders?.(response.headers) ?? {}));
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || location === null) return response;
    await response.body?.cancel();
    current = new URL(location, current).toString();
  }
  throw new Dropped(`more than 10 redirects from ${url}`);
}

async function downloadOnce(url: string, partial: string, options: DownloadOptions, expected: Expected, describe: (f: DownloadFailure) => ModelLoadError, partialIsOurs: boolean): Promise<string | undefined> {
  const have = (await fs.stat(partial).catch(() => undefined))?.size ?? 0;
  const response = await fetchFollowing(url, have > 0 ? { range: `bytes=${have}-` } : {}, options, expected);
  if (response.status === 206 && !partialIsOurs && (options.sha256 ?? expected.sha256) === undefined) {
    await response.body?.cancel();
    await fs.rm(partial, { force: true });
    return downloadOnce(url, partial, options, expected, describe, true);
  }
  if (response.status === 416) {
    // The partial is not a prefix of this file (it changed, or was complete): start over.
    await response.body?.cancel();
    await fs.rm(partial, { force: true });
    throw new Dropped('the server refused to resume; restarting');
  }
  if (!response.ok || response.body === null) {
    await response.body?.cancel();
    throw describe({ kind: 'http', url, status: response.status, statusText: response.statusText });
  }
  const resumed = response.status === 206 ? resumeOffset(response.headers.get('content-range')) : undefined;
  if (response.status === 206 && resumed?.start !== have) {
    await response.body.cancel();
    await fs.rm(partial, { force: true });
    throw new Dropped('the server resumed at the wrong offset; restarting');
  }
  const start = resumed === undefined ? 0 : have;
  const length = Number(response.headers.get('content-length') ?? NaN);
  const total = options.size ?? expected.size ?? resumed?.total ?? (Number.isFinite(length) ? start + length : undefined);
  if (expected.size === undefined && total !== undefined) expected.size = total;
  let received = start;
  const hash = start === 0 ? createHash('sha256') : undefined;
  const counting = async function* (chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      hash?.update(chunk);
      received += chunk.length;
      options.onProgress?.(received, total);
      yield chunk;
    }
  };
  try {
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), counting, createWriteStream(partial, { flags: start > 0 ? 'a' : 'w' }));
  } catch (error) {
    throw new Dropped(errorText(error));
  }
  return hash?.digest('hex');
}

/** Start and total of a 206 answer's `Content-Range: bytes start-end/total`. */
function resumeOffset(header: string | null): { start: number; total?: number } | undefined {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(header?.trim() ?? '');
  if (!match) return undefined;
  return { start: Number(match[1]), total: match[2] === '*' ? undefined : Number(match[2]) };
}

function definedOnly(checks: Expected): Expected {
  return Object.fromEntries(Object.entries(checks).filter(([, v]) => v !== undefined));
}

function errorText(error: unknown): string {
  const e = error as Error & { cause?: Error };
  return e.cause?.message ? `${e.message} (${e.cause.message})` : String(e?.message ?? error);
}

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
