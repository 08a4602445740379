// Replacing a directory so that a crash at any point leaves either the old
// complete directory or the new complete one where the caller looks.
//
// The new content is written into a hidden sibling first; only when it is
// complete are two renames done (old aside, new in place) and the old removed.
// If a crash lands between those two renames, the next save or load puts the
// old directory back (recoverInterruptedSwap).
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

const SAVING = 'saving';
const OLD = 'old';

function sibling(target: string, kind: string): string {
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  return path.join(path.dirname(target), `.${path.basename(target)}.${kind}-${suffix}`);
}

async function siblings(target: string, kind: string): Promise<string[]> {
  const prefix = `.${path.basename(target)}.${kind}-`;
  const names = await fs.readdir(path.dirname(target)).catch(() => [] as string[]);
  return names.filter((n) => n.startsWith(prefix)).map((n) => path.join(path.dirname(target), n));
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(() => true, () => false);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** If a swap was interrupted after the old directory was moved aside, move it back. */
/** The file every saved model directory has (written last); a folder without it is not ours to replace. */
export const MANIFEST_FILE = 'manifest.json';

export async function recoverInterruptedSwap(target: string): Promise<void> {
  if (await exists(target)) return;
  const olds = await siblings(target, OLD);
  if (olds.length === 0) return;
  const stats = await Promise.all(olds.map(async (p) => ({ p, mtime: (await fs.stat(p)).mtimeMs })));
  stats.sort((a, b) => b.mtime - a.mtime);
  await fs.rename(stats[0].p, target);
}

/** Removes half-written directories left by saves whose process has died. */
async function removeAbandonedWrites(target: string): Promise<void> {
  for (const dir of await siblings(target, SAVING)) {
    const pid = Number(/-(\d+)-[0-9a-f]+$/.exec(dir)?.[1]);
    if (!processAlive(pid)) await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Refuses to replace a directory that holds something other than a saved model. */
async function assertReplaceable(target: string): Promise<void> {
  const stat = await fs.stat(target).catch(() => undefined);
  if (!stat) return;
  if (!stat.isDirectory()) {
    throw new Error(`${target} exists and is not a directory; choose another path or remove it.`);
  }
  const names = await fs.readdir(target);
  // A Hugging Face model folder (tl.save's format 'huggingface' writes no manifest) is a saved model too.
  const huggingface = names.includes('config.json') && names.some((n) => n === 'model.safetensors' || n === 'model.safetensors.index.json');
  if (names.length > 0 && !names.includes(MANIFEST_FILE) && !huggingface) {
    throw new Error(
      `${target} exists and is not a saved model (no ${MANIFEST_FILE}, nor config.json with model.safetensors); ` +
        'refusing to replace it. Choose another path or remove it.',
    );
  }
}

/**
 * Calls write(tempDir) to fill a fresh directory, then puts it at target,
 * replacing what was there only once the new content is complete.
 */
export async function replaceDirectory(target: string, write: (tempDir: string) => Promise<void>): Promise<void> {
  const dir = path.resolve(target);
  await fs.mkdir(path.dirname(dir), { recursive: true });
  await recoverInterruptedSwap(dir);
  await removeAbandonedWrites(dir);
  await assertReplaceable(dir);

  const temp = sibling(dir, SAVING);
  await fs.mkdir(temp);
  try {
    await write(temp);
  } catch (err) {
    await fs.rm(temp, { recursive: true, force: true });
    throw err;
  }
  if (await exists(dir)) {
    const old = sibling(dir, OLD);
    await fs.rename(dir, old);
    await fs.rename(temp, dir);
    await fs.rm(old, { recursive: true, force: true });
  } else {
    await fs.rename(temp, dir);
  }
}

/** Writes one file and flushes it to disk, so a completed directory is really complete. */
export async function writeDurable(file: string, data: Uint8Array | string): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
