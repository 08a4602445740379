// Atomic file writes: write a temp file beside the target, then rename over it,
// so a reader (or a crash) never sees a half-written file.
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

/** A unique temp path in the target's directory (rename is only atomic within a filesystem). */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.part`);
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = tempPathFor(target);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
