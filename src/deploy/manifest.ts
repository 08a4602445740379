// manifest.json: sha256 and size of every file in a saved model, so that a
// changed, truncated or missing file is caught before the model is used.
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { SavedModelError } from './errors';

import { MANIFEST_FILE } from '../io/atomic-dir';

export { MANIFEST_FILE };

export interface ManifestEntry {
  sha256: string;
  size: number;
}

export interface Manifest {
  format: 'transferlab-saved-model';
  version: 1;
  files: Record<string, ManifestEntry>;
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function buildManifest(files: Record<string, Uint8Array>): Manifest {
  const entries: Record<string, ManifestEntry> = {};
  for (const [name, data] of Object.entries(files)) entries[name] = { sha256: sha256(data), size: data.byteLength };
  return { format: 'transferlab-saved-model', version: 1, files: entries };
}

async function readOrExplain(dir: string, name: string, what: string): Promise<Buffer> {
  const file = path.join(dir, name);
  try {
    return await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new SavedModelError(file, `${file} is missing: ${what}. Save the model again with tl.save(model, ${JSON.stringify(dir)}).`);
    }
    throw new SavedModelError(file, `cannot read ${file}: ${(err as Error).message}`);
  }
}

function parseManifest(file: string, bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new SavedModelError(file, `${file} is not valid JSON (the file is damaged). Save the model again.`);
  }
  const m = json as Partial<Manifest>;
  if (m.format !== 'transferlab-saved-model' || typeof m.files !== 'object' || m.files === null) {
    throw new SavedModelError(file, `${file} is not a transferlab manifest. Was this directory written by tl.save()?`);
  }
  return m as Manifest;
}

/**
 * Reads every file the manifest lists and checks its size and sha256.
 * Returns their contents, so what is used is exactly what was verified.
 */
export async function readVerified(dir: string): Promise<Map<string, Buffer>> {
  const manifestFile = path.join(dir, MANIFEST_FILE);
  const manifest = parseManifest(
    manifestFile,
    await readOrExplain(dir, MANIFEST_FILE, 'a directory written by tl.save() always has one'),
  );
  const contents = new Map<string, Buffer>();
  for (const [name, expected] of Object.entries(manifest.files)) {
    const file = path.join(dir, name);
    if (path.basename(name) !== name) {
      throw new SavedModelError(manifestFile, `${manifestFile} lists ${JSON.stringify(name)}, which is not a plain file name.`);
    }
    const data = await readOrExplain(dir, name, 'the manifest lists it');
    if (data.byteLength !== expected.size) {
      throw new SavedModelError(
        file,
        `${file} has ${data.byteLength} bytes but the manifest says ${expected.size} (truncated or changed). ` +
          'Restore it from a backup or save the model again.',
      );
    }
    if (sha256(data) !== expected.sha256) {
      throw new SavedModelError(
        file,
        `${file} does not match its sha256 in the manifest (changed since it was saved). ` +
          'Restore it from a backup or save the model again.',
      );
    }
    contents.set(name, data);
  }
  return contents;
}
