// What the hub's headers say about a file. LFS files (weights) answer /resolve/
// with a redirect carrying X-Linked-Size and X-Linked-Etag, the file's sha256 in
// quotes; git files carry a sha1 ETag, which is not a sha256 and is ignored.

const SHA256 = /^[0-9a-f]{64}$/;

function unquote(etag: string | null): string | undefined {
  if (etag === null) return undefined;
  const value = etag.trim().replace(/^W\//, '').replace(/^"|"$/g, '').toLowerCase();
  return SHA256.test(value) ? value : undefined;
}

export function hubChecks(headers: Headers): { size?: number; sha256?: string } {
  const linkedSize = headers.get('x-linked-size');
  const size = linkedSize !== null && /^\d+$/.test(linkedSize.trim()) ? Number(linkedSize) : undefined;
  const sha256 = unquote(headers.get('x-linked-etag')) ?? unquote(headers.get('etag'));
  return { size, sha256 };
}
