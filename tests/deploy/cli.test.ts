import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { load, save } from '../../src/deploy';
import { fixtureTextModel } from './fixtures/text-model';
import { tempDir } from './fixtures/temp-dir';

const BIN = path.resolve(__dirname, '..', '..', '..', 'bin', 'transferlab.js');
const run = promisify(execFile);

async function savedFixture(): Promise<string> {
  const dir = path.join(tempDir('transferlab-cli-'), 'model');
  await save(fixtureTextModel({ seed: 11 }), dir);
  return dir;
}

test('transferlab predict DIR "text" ... prints a label and score per text', async () => {
  const dir = await savedFixture();
  const texts = ['the movie was good', 'awful and dull'];
  const expected = await (await load(dir)).predict(texts);
  const { stdout } = await run(process.execPath, [BIN, 'predict', dir, '--backend', 'cpu', ...texts]);
  const lines = stdout.trim().split('\n').filter((l) => l.includes('\t'));
  assert.deepEqual(
    lines,
    expected.map((p, i) => `${p.label}\t${p.score.toFixed(4)}\t${texts[i]}`),
  );
  const json = await run(process.execPath, [BIN, 'predict', dir, '--backend', 'cpu', '--json', texts[0]]);
  assert.deepEqual(JSON.parse(json.stdout.trim().split('\n').pop()!).predictions, [expected[0]]);
});

test('transferlab predict names a corrupted file and exits 1; bad usage exits 2', async () => {
  const dir = await savedFixture();
  await fs.appendFile(path.join(dir, 'weights.bin'), 'x');
  await assert.rejects(run(process.execPath, [BIN, 'predict', dir, 'good']), (err: { code: number; stderr: string }) => {
    assert.equal(err.code, 1);
    assert.ok(err.stderr.includes(path.join(dir, 'weights.bin')), err.stderr);
    return true;
  });
  await assert.rejects(run(process.execPath, [BIN, 'predict', dir]), (err: { code: number; stderr: string }) => {
    assert.equal(err.code, 2);
    assert.match(err.stderr, /predict needs a directory and at least one text/);
    return true;
  });
});

test('transferlab serve finishes a request in flight on SIGTERM, then exits 0', async () => {
  const dir = await savedFixture();
  // A long batch window holds a request in the queue while the signal arrives.
  const child = spawn(process.execPath, [BIN, 'serve', dir, '--port', '0', '--backend', 'cpu', '--batch-window-ms', '1000'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.on('exit', () => reject(new Error(`serve exited early: ${out}`)));
    });
    // The first request a server gets waits (up to the window) for company.
    const inFlight = fetch(`${url}/predict`, { method: 'POST', body: '{"texts": ["great fun"]}' });
    for (const deadline = Date.now() + 20_000; ; ) {
      const metrics = await (await fetch(`${url}/metrics`)).text();
      if (/^transferlab_queued_texts 1$/m.test(metrics)) break;
      assert.ok(Date.now() < deadline, 'the lone request never showed as queued');
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGTERM');
    const res = await inFlight;
    assert.equal(res.status, 200);
    assert.equal((await res.json()).predictions.length, 1);
    assert.equal(await exited, 0);
    await assert.rejects(fetch(`${url}/health`), 'the server no longer listens');
  } finally {
    child.kill('SIGKILL');
  }
});
