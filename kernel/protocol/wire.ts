// The Jupyter wire protocol (messaging spec 5.3): identities, delimiter, HMAC
// signature, then header / parent header / metadata / content as JSON.
import { createHmac, randomUUID, timingSafeEqual } from 'crypto';

export const PROTOCOL_VERSION = '5.3';
const DELIMITER = Buffer.from('<IDS|MSG>');

export interface Header {
  msg_id: string;
  session: string;
  username: string;
  date: string;
  msg_type: string;
  version: string;
}

export interface Message {
  identities: Buffer[];
  header: Header;
  parent_header: Header | Record<string, never>;
  metadata: Record<string, unknown>;
  content: Record<string, unknown>;
  buffers: Buffer[];
}

export class Signer {
  constructor(private readonly key: string, scheme = 'hmac-sha256') {
    if (key && scheme !== 'hmac-sha256') {
      throw new Error(`connection file: signature_scheme ${scheme} is not supported; use hmac-sha256`);
    }
  }

  sign(parts: Array<Buffer | string>): string {
    if (!this.key) return '';
    const hmac = createHmac('sha256', this.key);
    for (const p of parts) hmac.update(p);
    return hmac.digest('hex');
  }

  verify(signature: string, parts: Buffer[]): boolean {
    if (!this.key) return true;
    const want = Buffer.from(this.sign(parts));
    const got = Buffer.from(signature);
    return got.length === want.length && timingSafeEqual(got, want);
  }
}

/** Parses a multipart frame list; returns the reason as a string when it is malformed or badly signed. */
export function decode(frames: Buffer[], signer: Signer): Message | string {
  const at = frames.findIndex((f) => f.equals(DELIMITER));
  if (at < 0 || frames.length < at + 6) return 'message without <IDS|MSG> delimiter or with missing parts';
  const signature = frames[at + 1].toString();
  const parts = frames.slice(at + 2, at + 6);
  if (!signer.verify(signature, parts)) return 'message with an invalid HMAC signature';
  const [header, parent, metadata, content] = parts.map((p) => JSON.parse(p.toString() || '{}'));
  return {
    identities: frames.slice(0, at),
    header,
    parent_header: parent,
    metadata,
    content,
    buffers: frames.slice(at + 6),
  };
}

export function newHeader(msgType: string, session: string, username = 'transferlab'): Header {
  return {
    msg_id: randomUUID(),
    session,
    username,
    date: new Date().toISOString(),
    msg_type: msgType,
    version: PROTOCOL_VERSION,
  };
}

export function encode(
  signer: Signer,
  identities: Buffer[],
  header: Header,
  parent: Header | Record<string, never>,
  content: unknown,
  metadata: Record<string, unknown> = {},
): Array<Buffer | string> {
  const parts = [JSON.stringify(header), JSON.stringify(parent), JSON.stringify(metadata), JSON.stringify(content)];
  return [...identities, DELIMITER, signer.sign(parts), ...parts];
}
