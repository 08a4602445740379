// The hub settings read from the environment, as huggingface_hub reads them:
// HF_ENDPOINT (a mirror), HF_TOKEN (private and gated repos), HF_HUB_OFFLINE.
import { isOffline } from '../../../io/cache';

export const DEFAULT_ENDPOINT = 'https://huggingface.co';

export function hubEndpoint(): string {
  return (process.env.HF_ENDPOINT || DEFAULT_ENDPOINT).replace(/\/+$/, '');
}

export function hubToken(): string | undefined {
  return process.env.HF_TOKEN || undefined;
}

/** TRANSFERLAB_OFFLINE or HF_HUB_OFFLINE: use only what is in the cache. */
export function hubOffline(): boolean {
  return isOffline() || /^(1|true|yes|on)$/i.test(process.env.HF_HUB_OFFLINE ?? '');
}

/** The download URL of one file: {endpoint}/{repo}/resolve/{revision}/{file}. */
export function resolveUrl(endpoint: string, repo: string, revision: string, file: string): string {
  const encodedFile = file.split('/').map(encodeURIComponent).join('/');
  return `${endpoint}/${repo}/resolve/${encodeURIComponent(revision)}/${encodedFile}`;
}
