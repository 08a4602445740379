// The download cache: every remote file lands in TRANSFERLAB_CACHE (default
// ~/.cache/transferlab) after its size and sha256 check out, via a temp file and
// a rename, so the cache never holds a half-written or unverified file.
// TRANSFERLAB_OFFLINE=1 turns every would-be download into an error listing the
// missing files.
import { createHash } from 'crypto';
import { createWriteStream, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import type { ReadableStream as WebReadableStream } from 'stream/web';
import { tempPathFor } from './atomic-write';
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
  /** File name in that folder; default the URL's last path segment. */
  fileName?: string;
}

/** Where cachedDownload(url, options) keeps the file. */
export function cachedPath(url: string, options: DownloadOptions = {}): string {
  const parsed = new URL(url);
  const folderUrl = `${parsed.origin}${path.posix.dirname(parsed.pathname)}`;
  const subdir = options.cacheSubdir ?? path.join('downloads', sha256Hex(folderUrl).slice(0, 16));
  const fileName = options.fileName ?? (path.posix.basename(parsed.pathname) || 'index');
  return path.join(cacheDir(), subdir, fileName);
}

/** True when the file is in the cache (and has the expected size, when known). */
export async function isCached(url: string, options: DownloadOptions = {}): Promise<boolean> {
  const stat = await fs.stat(cachedPath(url, options)).catch(() => undefined);
  return stat !== undefined && stat.isFile() && (options.size === undefined || stat.size === options.size);
}

/**
 * Returns the local path of `url`, downloading it into the cache first when it is
 * not there. Verifies size and sha256 when given. Throws ModelLoadError
 * (OFFLINE, DOWNLOAD, SIZE_MISMATCH, CHECKSUM) otherwise.
 */
export async function cachedDownload(url: string, options: DownloadOptions = {}): Promise<string> {
  const target = cachedPath(url, options);
  if (await isCached(url, options)) return target;
  if (isOffline()) {
    throw new ModelLoadError(
      'OFFLINE',
      target,
      `TRANSFERLAB_OFFLINE is set and ${url} is not in the cache.`,
      `unset TRANSFERLAB_OFFLINE (or run once with network access), or copy the file to ${target}`,
      [url],
    );
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    const { size, sha256 } = await downloadTo(url, temp);
    if (options.size !== undefined && size !== options.size) {
      throw new ModelLoadError('SIZE_MISMATCH', url, `Downloaded ${size} bytes from ${url}, expected ${options.size}.`, 'retry; if it persists the server copy changed: check the URL or update the expected size');
    }
    if (options.sha256 !== undefined && sha256 !== options.sha256.toLowerCase()) {
      throw new ModelLoadError('CHECKSUM', url, `sha256 of ${url} is ${sha256}, expected ${options.sha256}.`, 'retry; if it persists the server copy changed: check the URL or update the expected sha256');
    }
    await fs.rename(temp, target);
    return target;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

async function downloadTo(url: string, file: string): Promise<{ size: number; sha256: string }> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new ModelLoadError('DOWNLOAD', url, `Could not reach ${url}: ${(error as Error).message}.`, 'check the network and the URL, or set TRANSFERLAB_OFFLINE=1 to use only cached files');
  }
  if (!response.ok || response.body === null) {
    throw new ModelLoadError('DOWNLOAD', url, `${url} answered HTTP ${response.status} ${response.statusText}.`, 'check the URL; for a private hub model, download it yourself and load it by path');
  }
  const hash = createHash('sha256');
  let size = 0;
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  const hashing = async function* (chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      hash.update(chunk);
      size += chunk.length;
      yield chunk;
    }
  };
  await pipeline(body, hashing, createWriteStream(file));
  return { size, sha256: hash.digest('hex') };
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
