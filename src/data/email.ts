// Just enough RFC 822 / MIME to turn a raw e-mail into readable text: the subject
// plus the text/plain parts of the body (HTML parts reduced to text when there is no plain part).

interface Part {
  headers: Map<string, string>;
  body: string;
}

function parsePart(raw: string): Part {
  const text = raw.replace(/\r\n/g, '\n');
  const end = text.indexOf('\n\n');
  const head = end < 0 ? text : text.slice(0, end);
  const headers = new Map<string, string>();
  // Folded header lines start with whitespace and continue the previous header.
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      const name = line.slice(0, colon).trim().toLowerCase();
      if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
    }
  }
  return { headers, body: end < 0 ? '' : text.slice(end + 2) };
}

function decodeBytes(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

function quotedPrintableBytes(text: string): Buffer {
  const soft = text.replace(/=\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft[i] === '=' ? soft.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      const code = soft.charCodeAt(i);
      bytes.push(code < 256 ? code : 63);
    }
  }
  return Buffer.from(bytes);
}

function param(header: string, name: string): string {
  const match = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return match ? (match[1] ?? match[2]) : '';
}

/** Subject lines may hold RFC 2047 encoded words: =?charset?B|Q?data?=. */
export function decodeHeader(value: string): string {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, kind: string, data: string) => {
    const bytes = kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintableBytes(data.replace(/_/g, ' '));
    return decodeBytes(bytes, charset);
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function htmlToText(html: string): string {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(br|p|div|tr|li|h\d)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    });
}

/** The decoded text of a part: { plain, html } lists gathered through nested multiparts. */
function collect(part: Part, out: { plain: string[]; html: string[] }): void {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const mime = type.split(';')[0].trim().toLowerCase();
  if (mime.startsWith('multipart/')) {
    const boundary = param(type, 'boundary');
    if (!boundary) return void out.plain.push(part.body);
    const pieces = part.body.split(`--${boundary}`);
    for (const piece of pieces.slice(1)) {
      if (piece.startsWith('--')) break;
      collect(parsePart(piece.replace(/^[ \t]*\n/, '')), out);
    }
    return;
  }
  if (!mime.startsWith('text/') && mime !== 'message/rfc822') return;
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const charset = param(type, 'charset');
  let body = part.body;
  if (encoding.includes('quoted-printable')) body = decodeBytes(quotedPrintableBytes(body), charset);
  else if (encoding.includes('base64')) body = decodeBytes(Buffer.from(body.replace(/\s+/g, ''), 'base64'), charset);
  // Some senders label HTML as text/plain (or send no Content-Type at all).
  const isHtml = mime === 'text/html' || /^\s*<(!doctype|html|body)\b/i.test(body);
  (isHtml ? out.html : out.plain).push(body);
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Subject and body text of a raw message. */
export function emailText(raw: string): { subject: string; body: string } {
  const message = parsePart(raw);
  const out = { plain: [] as string[], html: [] as string[] };
  collect(message, out);
  const body = out.plain.length ? out.plain.join('\n\n') : out.html.map(htmlToText).join('\n\n');
  return { subject: tidy(decodeHeader(message.headers.get('subject') ?? '')), body: tidy(body) };
}
