// Writes a saved model's files into a directory atomically (temp dir, then swap), the
// manifest last: a directory with a manifest is a complete one.
import * as path from 'path';
import { replaceDirectory, writeDurable } from '../io/atomic-dir';
import { buildManifest, MANIFEST_FILE } from './manifest';

/**
 * Test-only hook: TRANSFERLAB_SAVE_PAUSE_AFTER=<file> makes a save announce that
 * file on stderr once written and then hang, so a test can kill it mid-save on cue.
 */
async function pauseForCrashTest(file: string): Promise<void> {
  if (process.env.TRANSFERLAB_SAVE_PAUSE_AFTER !== file) return;
  process.stderr.write(`transferlab save: wrote ${file}, pausing\n`);
  await new Promise((resolve) => setTimeout(resolve, 60_000));
}

/** Writes `files` plus their manifest to `dir`; returns the absolute dir and each file's size in bytes. */
export async function writeSavedDirectory(dir: string, files: Record<string, Uint8Array>): Promise<{ dir: string; files: Record<string, number> }> {
  const manifest = buildManifest(files);
  const manifestText = JSON.stringify(manifest, null, 2);
  const target = path.resolve(dir);
  await replaceDirectory(target, async (temp) => {
    for (const [name, data] of Object.entries(files)) {
      await writeDurable(path.join(temp, name), data);
      await pauseForCrashTest(name);
    }
    await writeDurable(path.join(temp, MANIFEST_FILE), manifestText);
    await pauseForCrashTest(MANIFEST_FILE);
  });
  const sizes = Object.fromEntries(Object.entries(manifest.files).map(([k, v]) => [k, v.size]));
  return { dir: target, files: { ...sizes, [MANIFEST_FILE]: Buffer.byteLength(manifestText) } };
}
