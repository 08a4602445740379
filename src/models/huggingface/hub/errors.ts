// HubError: a hub download that failed, naming the repo, revision and file and
// saying what to do. A ModelLoadError, so callers that catch those catch it too.
import type { DownloadFailure } from '../../../io/cache';
import { ModelLoadError, type ModelLoadErrorCode } from '../../../io/errors';

export type HubErrorReason =
  | 'unauthorized' // 401: private or gated, no or bad token
  | 'forbidden' // 403: gated terms not accepted, or the token lacks access
  | 'not-found' // 404: no such repo, revision or file
  | 'http' // any other HTTP error
  | 'network' // the hub could not be reached
  | 'truncated' // fewer bytes arrived than the hub announced
  | 'checksum' // the bytes do not hash to the hub's sha256
  | 'offline' // offline and files are not in the cache
  | 'no-safetensors'; // the repo has only pytorch_model.bin

export interface HubFileRef {
  repo: string;
  revision: string;
  /** The file inside the repo ('config.json', '1_Pooling/config.json'). */
  file: string;
}

export class HubError extends ModelLoadError {
  readonly reason: HubErrorReason;
  readonly repo: string;
  readonly revision: string;
  /** The file inside the repo. */
  readonly hubFile: string;
  /** The HTTP status, for HTTP failures. */
  readonly status?: number;

  constructor(code: ModelLoadErrorCode, reason: HubErrorReason, where: HubFileRef, url: string, problem: string, fix: string, options: { status?: number; missing?: string[] } = {}) {
    super(code, url, problem, fix, options.missing);
    this.reason = reason;
    this.repo = where.repo;
    this.revision = where.revision;
    this.hubFile = where.file;
    this.status = options.status;
  }
}

/** Turns a cache download failure into a HubError (DownloadOptions.describeFailure). */
export function hubFailure(where: HubFileRef, failure: DownloadFailure): HubError {
  const { repo, revision, file } = where;
  const what = `${file} of hf:${repo}@${revision}`;
  const { url } = failure;
  switch (failure.kind) {
    case 'http': {
      const { status } = failure;
      if (status === 401 || status === 403) {
        return new HubError(
          'DOWNLOAD',
          status === 401 ? 'unauthorized' : 'forbidden',
          where,
          url,
          `The hub refused ${what} (HTTP ${status}): the repo is private or gated, or does not exist.`,
          `set HF_TOKEN to an access token of an account that can read ${repo} (https://huggingface.co/settings/tokens), and for a gated model accept its terms on https://huggingface.co/${repo}`,
          { status },
        );
      }
      if (status === 404) {
        return new HubError('NOT_FOUND', 'not-found', where, url, `The hub has no ${file} in repo '${repo}' at revision '${revision}' (HTTP 404).`, `check the repo name and the revision (branch, tag or commit) on https://huggingface.co/${repo}`, { status });
      }
      return new HubError('DOWNLOAD', 'http', where, url, `The hub answered HTTP ${status} ${failure.statusText} for ${what}.`, 'retry later; if it persists check HF_ENDPOINT and the hub status', { status });
    }
    case 'network':
      return new HubError('DOWNLOAD', 'network', where, url, `Could not download ${what}: ${failure.message}.`, 'check the network (and HF_ENDPOINT for a mirror), or set HF_HUB_OFFLINE=1 to use only cached files');
    case 'size':
      return new HubError('SIZE_MISMATCH', 'truncated', where, url, `The download of ${what} stopped short: got ${failure.actual} bytes, expected ${failure.expected}.`, 'retry; the partial file was removed, so the next try starts clean');
    case 'checksum':
      return new HubError('CHECKSUM', 'checksum', where, url, `${what} has sha256 ${failure.actual}, but the hub says ${failure.expected}.`, 'retry; if it persists the mirror (HF_ENDPOINT) serves a different file than it announces');
  }
}
