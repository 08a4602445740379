import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { load, save } from '../../src/deploy';
import { fixtureTextModel } from './fixtures/text-model';
import { tempDir } from './fixtures/temp-dir';

const CHILD = path.join(__dirname, 'fixtures', 'save-child.js');
const TEXTS = ['the movie was good', 'awful and dull', 'great fun'];

/** Starts a save of a different model in a child and SIGKILLs it right after it wrote `file`. */
function killSaveAfter(dir: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, dir, '7'], {
      env: { ...process.env, TRANSFERLAB_SAVE_PAUSE_AFTER: file },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes(`wrote ${file}, pausing`)) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`save child was not killed (code ${code}): ${stderr}`)),
    );
  });
}

for (const file of ['weights.bin', 'manifest.json']) {
  test(`a save SIGKILLed after writing ${file} leaves the previous model intact`, async () => {
    const root = tempDir('transferlab-crash-');
    const dir = path.join(root, 'model');
    const previous = fixtureTextModel({ seed: 5 });
    await save(previous, dir);
    const expected = await previous.predict(TEXTS);

    await killSaveAfter(dir, file);
    const leftovers = (await fs.readdir(root)).filter((n) => n !== 'model');
    assert.equal(leftovers.length, 1, 'the killed save left its half-written directory beside the model');
    assert.match(leftovers[0], /^\.model\.saving-/);
    assert.deepEqual(await (await load(dir)).predict(TEXTS), expected);

    // The next save clears what the dead process left.
    await save(previous, dir);
    assert.deepEqual(await fs.readdir(root), ['model']);
  });
}
