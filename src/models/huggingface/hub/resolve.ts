// resolveHuggingFace: a reference ('hf:owner/name@revision', or a local folder in
// save_pretrained layout) to a local folder the model loader reads. Hub files go
// through the download cache (atomic, size and sha256 checked, resumed when a
// connection drops), with HF_TOKEN sent to the hub's own endpoint only.
import { existsSync, promises as fs, statSync } from 'fs';
import * as path from 'path';
import { writeFileAtomic } from '../../../io/atomic-write';
import { cachedDownload, type DownloadOptions } from '../../../io/cache';
import { ModelLoadError } from '../../../io/errors';
import { ProgressBar, type ProgressBarOptions } from '../../../display/progress-bar';
import { kernelInterruptSignal } from '../../../display/sink';
import { HubError, hubFailure, type HubFileRef } from './errors';
import { indexShards, moduleFiles, PYTORCH_WEIGHTS, SENTENCE_TRANSFORMERS_FILES, TOKENIZER_FILES, WEIGHTS, WEIGHTS_INDEX } from './files';
import { hubChecks } from './headers';
import { MANIFEST, readManifest, repoFolder, repoSubdir, safeRelative, type HubManifest } from './layout';
import { isHubReference, parseHubReference, type HubReference } from './reference';
import { hubEndpoint, hubOffline, hubToken, resolveUrl } from './settings';

export interface ResolveOptions {
  /** The hub or a mirror; default HF_ENDPOINT, else https://huggingface.co. */
  endpoint?: string;
  /** An access token; default HF_TOKEN. Sent only to the endpoint. */
  token?: string;
  /** Use only the cache; default TRANSFERLAB_OFFLINE or HF_HUB_OFFLINE. */
  offline?: boolean;
  /** Files at least this large show a progress bar; default 5 MB. */
  progressThreshold?: number;
  /** Terminal output for the progress bar; default process.stderr (drawn on a TTY only). */
  progressOutput?: ProgressBarOptions['output'];
  /** Tries per file when the connection drops; default 3. */
  attempts?: number;
  /** Milliseconds before a retry, times the try number; default 500. */
  retryDelayMs?: number;
  /** Stops the download, keeping the partial file for the next call to resume; default the notebook's interrupt. */
  signal?: AbortSignal;
}

const DEFAULT_PROGRESS_THRESHOLD = 5_000_000;

/**
 * The local folder for `ref`: a hub reference is downloaded into the cache (or
 * found there); a local folder is checked for config.json and returned as is.
 */
export async function resolveHuggingFace(ref: string, options: ResolveOptions = {}): Promise<string> {
  if (!isHubReference(ref)) return localFolder(ref);
  const hub = parseHubReference(ref);
  const folder = repoFolder(hub.repo, hub.revision);
  const manifest = readManifest(folder);
  if (manifest !== undefined && manifest.files.every((f) => existsSync(path.join(folder, f)))) return folder;
  if (options.offline ?? hubOffline()) return offlineFolder(hub, folder);
  const files = await new Downloader(hub, options).all();
  const complete: HubManifest = { repo: hub.repo, revision: hub.revision, files };
  await writeFileAtomic(path.join(folder, MANIFEST), `${JSON.stringify(complete, null, 2)}\n`);
  return folder;
}

function localFolder(ref: string): string {
  const folder = path.resolve(ref);
  const stat = existsSync(folder) ? statSync(folder) : undefined;
  if (stat === undefined || !stat.isDirectory()) {
    throw new ModelLoadError('NOT_FOUND', folder, `'${ref}' is neither an 'hf:' reference nor a folder.`, `pass hf:owner/name for a hub model, or the folder save_pretrained wrote (with config.json and model.safetensors)`);
  }
  if (!existsSync(path.join(folder, 'config.json'))) {
    throw new ModelLoadError('NOT_FOUND', path.join(folder, 'config.json'), `The folder ${folder} has no config.json, so it is not a Hugging Face model folder.`, 'pass the folder save_pretrained wrote (config.json, model.safetensors, tokenizer.json)');
  }
  return folder;
}

/** Offline: the folder when its core files are cached, else an error listing what is missing. */
async function offlineFolder(hub: HubReference, folder: string): Promise<string> {
  const present = (f: string) => existsSync(path.join(folder, f));
  const needed = ['config.json'];
  if (present(WEIGHTS_INDEX)) {
    const index = JSON.parse(await fs.readFile(path.join(folder, WEIGHTS_INDEX), 'utf8')) as unknown;
    needed.push(...indexShards(index));
  } else {
    needed.push(WEIGHTS);
  }
  needed.push('tokenizer.json');
  const missing = needed.filter((f) => !present(f));
  if (missing.length === 0) return folder;
  const where: HubFileRef = { repo: hub.repo, revision: hub.revision, file: missing[0] };
  throw new HubError(
    'OFFLINE',
    'offline',
    where,
    folder,
    `Offline (TRANSFERLAB_OFFLINE or HF_HUB_OFFLINE is set) and hf:${hub.repo}@${hub.revision} is not in the cache: missing ${missing.join(', ')}.`,
    `run once with network access (unset TRANSFERLAB_OFFLINE and HF_HUB_OFFLINE) to fill the cache, or copy the files into ${folder}`,
    { missing },
  );
}

/** Fetches one repo's files into its cache folder, returning the files it holds. */
class Downloader {
  private readonly endpoint: string;
  private readonly token?: string;
  private readonly fetched: string[] = [];

  constructor(
    private readonly hub: HubReference,
    private readonly options: ResolveOptions,
  ) {
    this.endpoint = (options.endpoint ?? hubEndpoint()).replace(/\/+$/, '');
    this.token = options.token ?? hubToken();
  }

  async all(): Promise<string[]> {
    await this.file('config.json');
    await this.weights();
    for (const file of TOKENIZER_FILES) await this.file(file, { optional: true });
    for (const file of SENTENCE_TRANSFORMERS_FILES) await this.file(file, { optional: true });
    if (this.fetched.includes('modules.json')) {
      for (const file of moduleFiles(await this.readJson('modules.json'))) await this.file(file, { optional: true });
    }
    return this.fetched;
  }

  private async weights(): Promise<void> {
    if (await this.file(WEIGHTS, { optional: true })) return;
    if (await this.file(WEIGHTS_INDEX, { optional: true })) {
      const shards = indexShards(await this.readJson(WEIGHTS_INDEX));
      for (const shard of shards) await this.file(shard);
      return;
    }
    const where = this.where(WEIGHTS);
    const url = this.url(WEIGHTS);
    if (await this.exists(PYTORCH_WEIGHTS)) {
      throw new HubError(
        'NOT_AVAILABLE',
        'no-safetensors',
        where,
        url,
        `hf:${this.hub.repo}@${this.hub.revision} has only ${PYTORCH_WEIGHTS} (PyTorch pickle), no ${WEIGHTS}; transferlab reads safetensors only.`,
        `convert it once in Python: AutoModel.from_pretrained('${this.hub.repo}').save_pretrained('folder', safe_serialization=True), then load the folder; or use a revision that has ${WEIGHTS} (the hub's safetensors conversion pull requests are at revisions like refs/pr/1)`,
      );
    }
    throw new HubError('NOT_FOUND', 'not-found', where, url, `hf:${this.hub.repo}@${this.hub.revision} has neither ${WEIGHTS} nor ${WEIGHTS_INDEX} (HTTP 404).`, `check the repo and revision on ${this.endpoint}/${this.hub.repo}; transferlab needs safetensors weights`, { status: 404 });
  }

  /** Downloads one file into the cache; an optional one that 404s returns false. */
  private async file(file: string, { optional = false } = {}): Promise<boolean> {
    const relative = safeRelative(file);
    if (relative === undefined) {
      throw new HubError('BAD_JSON', 'not-found', this.where(file), this.url(file), `hf:${this.hub.repo} names a file outside its folder: ${file}.`, 'only load repos whose index and modules name files inside the repo');
    }
    const where = this.where(relative);
    let bar: ProgressBar | undefined;
    let received = 0;
    const threshold = this.options.progressThreshold ?? DEFAULT_PROGRESS_THRESHOLD;
    const download: DownloadOptions = {
      cacheSubdir: repoSubdir(this.hub.repo, this.hub.revision),
      fileName: relative,
      authorization: this.token === undefined ? undefined : `Bearer ${this.token}`,
      checksFromHeaders: hubChecks,
      describeFailure: (failure) => hubFailure(where, failure),
      attempts: this.options.attempts,
      retryDelayMs: this.options.retryDelayMs,
      signal: this.options.signal ?? kernelInterruptSignal(),
      onProgress: (done, total) => {
        received = done;
        if (bar === undefined && total !== undefined && total >= threshold) {
          bar = new ProgressBar({ label: `${this.hub.repo} ${relative}`, total, output: this.options.progressOutput });
        }
        bar?.update(done);
      },
    };
    try {
      await cachedDownload(this.url(relative), download);
    } catch (error) {
      if (optional && error instanceof HubError && error.reason === 'not-found') return false;
      throw error;
    } finally {
      bar?.finish(received);
    }
    this.fetched.push(relative);
    return true;
  }

  /** True when the hub has the file (a HEAD request, redirects not followed: a redirect means it exists). */
  private async exists(file: string): Promise<boolean> {
    const headers: Record<string, string> = this.token === undefined ? {} : { authorization: `Bearer ${this.token}` };
    const response = await fetch(this.url(file), { method: 'HEAD', headers, redirect: 'manual' }).catch(() => undefined);
    return response !== undefined && response.status >= 200 && response.status < 400;
  }

  private async readJson(file: string): Promise<unknown> {
    const local = path.join(repoFolder(this.hub.repo, this.hub.revision), file);
    try {
      return JSON.parse(await fs.readFile(local, 'utf8')) as unknown;
    } catch (error) {
      await fs.rm(local, { force: true }); // a file that is not JSON must not stick in the cache
      throw new HubError('BAD_JSON', 'not-found', this.where(file), this.url(file), `${file} of hf:${this.hub.repo}@${this.hub.revision} is not JSON: ${(error as Error).message}.`, 'retry; if it persists the repo file is broken: tell its owner or pick another revision');
    }
  }

  private url(file: string): string {
    return resolveUrl(this.endpoint, this.hub.repo, this.hub.revision, file);
  }

  private where(file: string): HubFileRef {
    return { repo: this.hub.repo, revision: this.hub.revision, file };
  }
}
