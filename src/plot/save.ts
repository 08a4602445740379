// plot.save(): a standalone HTML page with plotly.js inlined, written atomically so that
// a reader never sees half a file.
import * as fs from 'fs';
import * as path from 'path';
import { escapeHtml } from '../display/escape-html';
import { figureHtml } from './html';
import type { Figure } from './figure';

export function figurePage(figure: Figure): string {
  return (
    '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n' +
    `<title>${escapeHtml(figure.title)}</title>\n</head>\n<body>\n` +
    figureHtml(figure.toJSON(), { includeLibrary: true }) +
    '</body>\n</html>\n'
  );
}

/** Writes the figure as a standalone page and returns the absolute path. */
export function save(figure: Figure, file: string): string {
  if (typeof file !== 'string' || file === '') throw new TypeError('plot.save needs a file name, e.g. "figure.html".');
  const target = path.resolve(file);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    throw new Error(`plot.save: ${target} is a directory; give a file name such as ${path.join(file, 'figure.html')}.`);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.writeFileSync(temp, figurePage(figure));
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
  return target;
}
