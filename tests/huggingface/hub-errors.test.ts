import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { HubError, parseHubReference, resolveHuggingFace } from '../../src/models/huggingface/hub';
import { filesUnder, rejection, tempDir, withEnv } from '../models/helpers';
import { bertLike, sameFiles } from './hub-fixtures';
import { hubEnv, startFakeHub, type FakeHub } from './hub-server';

let hub: FakeHub;
before(async () => {
  hub = await startFakeHub();
});
after(() => hub.close());

const online = (cache: string, extra: Record<string, string | undefined> = {}) => hubEnv(hub.url, cache, extra);

async function hubError(promise: Promise<unknown>): Promise<HubError> {
  const error = await rejection(promise);
  assert.ok(error instanceof HubError, `expected a HubError, got ${error.message}`);
  return error;
}

/** No partial download anywhere in the cache, and no manifest claiming a complete folder. */
function nothingHalfWritten(cache: string): void {
  const files = filesUnder(cache);
  assert.deepEqual(files.filter((f) => f.endsWith('.part') || f.endsWith('.transferlab-hub.json')), [], files.join(', '));
}

test('401 and 403 (private or gated) say to set HF_TOKEN and accept the terms, naming repo, revision and file', async () => {
  hub.addRepo('acme/gated', 'main', bertLike());
  for (const status of [401, 403]) {
    hub.faults.status.set('acme/gated', status);
    const cache = tempDir('hub');
    const error = await withEnv(online(cache), () => hubError(resolveHuggingFace('hf:acme/gated')));
    assert.equal(error.status, status);
    assert.equal(error.reason, status === 401 ? 'unauthorized' : 'forbidden');
    assert.equal(error.code, 'DOWNLOAD');
    assert.equal(error.repo, 'acme/gated');
    assert.equal(error.revision, 'main');
    assert.equal(error.hubFile, 'config.json');
    assert.match(error.message, /HF_TOKEN/);
    assert.match(error.message, /accept its terms/);
    assert.deepEqual(filesUnder(cache), []);
  }
  hub.faults.status.delete('acme/gated');
});

test('404 names the repo, the revision and the file', async () => {
  const cache = tempDir('hub');
  const error = await withEnv(online(cache), () => hubError(resolveHuggingFace('hf:acme/nope@v2')));
  assert.equal(error.code, 'NOT_FOUND');
  assert.equal(error.reason, 'not-found');
  assert.equal(error.status, 404);
  assert.match(error.message, /config\.json/);
  assert.match(error.message, /'acme\/nope'/);
  assert.match(error.message, /'v2'/);
  assert.equal(error.file, `${hub.url}/acme/nope/resolve/v2/config.json`);
  assert.deepEqual(filesUnder(cache), []);
});

test('a repo with only pytorch_model.bin says how to get safetensors', async () => {
  const { 'model.safetensors': weights, ...rest } = bertLike();
  hub.addRepo('acme/old', 'main', { ...rest, 'pytorch_model.bin': weights });
  const cache = tempDir('hub');
  const error = await withEnv(online(cache), () => hubError(resolveHuggingFace('hf:acme/old')));
  assert.equal(error.reason, 'no-safetensors');
  assert.equal(error.hubFile, 'model.safetensors');
  assert.match(error.message, /pytorch_model\.bin/);
  assert.match(error.message, /safe_serialization=True/);
  nothingHalfWritten(cache);
  assert.ok(!fs.existsSync(path.join(cache, 'huggingface', 'acme--old', 'main', 'pytorch_model.bin')), 'the pickle is not downloaded');
});

test('a body cut short on every try fails with the expected and received bytes, leaving no half file', async () => {
  hub.addRepo('acme/cut', 'main', bertLike(8000));
  hub.faults.cut.add('acme/cut/main/model.safetensors');
  const cache = tempDir('hub');
  const start = hub.requests.length;
  const error = await withEnv(online(cache), () => hubError(resolveHuggingFace('hf:acme/cut', { attempts: 2, retryDelayMs: 1 })));
  assert.equal(error.code, 'SIZE_MISMATCH');
  assert.equal(error.reason, 'truncated');
  assert.equal(error.hubFile, 'model.safetensors');
  assert.match(error.message, /got 4000 bytes, expected 8000/);
  assert.equal(hub.requests.slice(start).filter((r) => r.server === 'cdn').length, 2, 'tried twice');
  nothingHalfWritten(cache);
  assert.ok(!fs.existsSync(path.join(cache, 'huggingface', 'acme--cut', 'main', 'model.safetensors')));
});

test('a sha256 that disagrees with the hub\'s X-Linked-Etag rejects the file and removes it', async () => {
  hub.addRepo('acme/tampered', 'main', bertLike());
  hub.faults.wrongSha.add('acme/tampered/main/model.safetensors');
  const cache = tempDir('hub');
  const error = await withEnv(online(cache), () => hubError(resolveHuggingFace('hf:acme/tampered')));
  assert.equal(error.code, 'CHECKSUM');
  assert.equal(error.reason, 'checksum');
  assert.match(error.message, /sha256/);
  nothingHalfWritten(cache);
  assert.ok(!fs.existsSync(path.join(cache, 'huggingface', 'acme--tampered', 'main', 'model.safetensors')));
});

test('an unreachable hub is a network error naming the file and HF_ENDPOINT', async () => {
  const cache = tempDir('hub');
  const error = await withEnv(online(cache, { HF_ENDPOINT: 'http://127.0.0.1:1' }), () => hubError(resolveHuggingFace('hf:acme/x', { retryDelayMs: 1 })));
  assert.equal(error.reason, 'network');
  assert.match(error.message, /config\.json of hf:acme\/x@main/);
  assert.match(error.message, /HF_ENDPOINT/);
  assert.deepEqual(filesUnder(cache), []);
});

for (const variable of ['TRANSFERLAB_OFFLINE', 'HF_HUB_OFFLINE']) {
  test(`${variable}=1: missing files are listed without touching the network; cached ones load`, async () => {
    const files = bertLike();
    hub.addRepo('acme/offline', 'main', files);
    const cache = tempDir('hub');
    const start = hub.requests.length;
    const error = await withEnv(online(cache, { [variable]: '1' }), () => hubError(resolveHuggingFace('hf:acme/offline')));
    assert.equal(error.code, 'OFFLINE');
    assert.deepEqual(error.missing, ['config.json', 'model.safetensors', 'tokenizer.json']);
    assert.match(error.message, /hf:acme\/offline@main/);
    assert.equal(hub.requests.length, start);

    const folder = await withEnv(online(cache), () => resolveHuggingFace('hf:acme/offline'));
    fs.rmSync(path.join(folder, '.transferlab-hub.json')); // a cache filled without the manifest still loads offline
    const fetched = hub.requests.length;
    assert.equal(await withEnv(online(cache, { [variable]: '1' }), () => resolveHuggingFace('hf:acme/offline')), folder);
    assert.ok(sameFiles(folder, files));
    assert.equal(hub.requests.length, fetched);

    fs.rmSync(path.join(folder, 'model.safetensors'));
    const partial = await withEnv(online(cache, { [variable]: '1' }), () => hubError(resolveHuggingFace('hf:acme/offline')));
    assert.deepEqual(partial.missing, ['model.safetensors']);
  });
}

test('bad references and folders are rejected with the form expected', async () => {
  for (const bad of ['hf:a/b/c', 'hf:../x', 'hf:a/b@../x', 'hf:', 'hf:a/b@']) {
    assert.throws(() => parseHubReference(bad), /expected hf:owner\/name/, bad);
  }
  assert.deepEqual(parseHubReference('hf:acme/m@refs/pr/1'), { repo: 'acme/m', revision: 'refs/pr/1' });
  assert.deepEqual(parseHubReference('hf:bert-base-uncased'), { repo: 'bert-base-uncased', revision: 'main' });

  const missing = await rejection(resolveHuggingFace(path.join(tempDir('x'), 'absent')));
  assert.equal(missing.code, 'NOT_FOUND');
  const empty = tempDir('folder');
  const noConfig = await rejection(resolveHuggingFace(empty));
  assert.match(noConfig.message, /no config\.json/);
  fs.writeFileSync(path.join(empty, 'config.json'), '{}');
  assert.equal(await resolveHuggingFace(empty), empty);
});
