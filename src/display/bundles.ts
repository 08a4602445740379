// MIME bundles for the common rich formats, each with a text/plain fallback for
// front ends (and scripts) that cannot render the rich one.
import type { MimeBundle } from './mime';

function preview(text: string, kind: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= 80 ? oneLine : `<${kind}, ${text.length} characters>`;
}

export function htmlBundle(html: string): MimeBundle {
  return { 'text/html': html, 'text/plain': preview(html, 'HTML') };
}

export function markdownBundle(markdown: string): MimeBundle {
  return { 'text/markdown': markdown, 'text/plain': markdown };
}

export function svgBundle(svg: string): MimeBundle {
  return { 'image/svg+xml': svg, 'text/plain': preview(svg, 'SVG image') };
}

/** PNG bytes, or their base64 text (as Jupyter carries them). */
export function pngBundle(png: Uint8Array | string): MimeBundle {
  const base64 = typeof png === 'string' ? png : Buffer.from(png.buffer, png.byteOffset, png.byteLength).toString('base64');
  if (typeof png !== 'string' && !(png[0] === 0x89 && png[1] === 0x50 && png[2] === 0x4e && png[3] === 0x47)) {
    throw new Error('display.png: the bytes are not a PNG image (no \\x89PNG signature); pass PNG file contents or base64 text');
  }
  return { 'image/png': base64, 'text/plain': '<PNG image>' };
}

/** Any JSON-serialisable value; rendered as a collapsible tree by JupyterLab. */
export function jsonBundle(value: unknown): MimeBundle {
  const text = JSON.stringify(value, null, 2);
  if (text === undefined) throw new Error('display.json: the value is not JSON-serialisable (undefined, a function or a symbol)');
  return { 'application/json': JSON.parse(text) as unknown, 'text/plain': text };
}
