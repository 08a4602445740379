// 'hf:owner/name@revision' references: the repo and revision they name.

export interface HubReference {
  /** 'owner/name', or 'name' for the hub's legacy single-name repos (bert-base-uncased). */
  repo: string;
  /** Branch, tag or commit; default 'main'. */
  revision: string;
}

const NAME = /^[A-Za-z0-9][\w.-]*$/;

export function isHubReference(ref: string): boolean {
  return ref.startsWith('hf:');
}

/** Parses 'hf:owner/name', 'hf:owner/name@revision' or 'hf:name'; throws naming the reference and the form expected. */
export function parseHubReference(ref: string): HubReference {
  const body = ref.startsWith('hf:') ? ref.slice(3) : ref;
  const at = body.indexOf('@');
  const repo = at < 0 ? body : body.slice(0, at);
  const revision = at < 0 ? 'main' : body.slice(at + 1);
  const parts = repo.split('/');
  const validRepo = parts.length <= 2 && parts.every((p) => NAME.test(p) && !p.includes('..'));
  // Revisions may hold '/' (refs/pr/1) but nothing that climbs out of a folder.
  const validRevision = /^[\w.][\w./-]*$/.test(revision) && !revision.split('/').includes('..');
  if (!validRepo || !validRevision) {
    throw new TypeError(`'${ref}' is not a Hugging Face reference; expected hf:owner/name or hf:owner/name@revision (a branch, tag or commit)`);
  }
  return { repo, revision };
}

/** The reference written back, with the revision only when it is not main. */
export function formatHubReference({ repo, revision }: HubReference): string {
  return revision === 'main' ? `hf:${repo}` : `hf:${repo}@${revision}`;
}
