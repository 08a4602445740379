import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { tf } from '../../src/tf';
import { cachedDownload, fileIO, loadPretrained, models, PretrainedModel } from '../../src/models';
import { filesUnder, rejection, serveFolder, tempDir, tinyModel, weightsOf, withEnv, type FileServer } from './helpers';

let server: FileServer;
let served: string;
let reference: tf.LayersModel;

before(async () => {
  await tf.setBackend('cpu');
  served = tempDir('served');
  reference = tinyModel();
  await reference.save(fileIO(path.join(served, 'tiny')));
  fs.writeFileSync(path.join(served, 'hello.txt'), 'hello, cache');
  server = await serveFolder(served);
});

after(async () => {
  await server.close();
  reference.dispose();
});

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

test('cachedDownload stores a verified file once and serves later calls from the cache', async () => {
  const cache = tempDir('cache');
  await withEnv({ TRANSFERLAB_CACHE: cache, TRANSFERLAB_OFFLINE: undefined }, async () => {
    const url = `${server.url}/hello.txt`;
    const before = server.requests.length;
    const file = await cachedDownload(url, { sha256: sha256('hello, cache'), size: 12, cacheSubdir: 'data' });
    assert.equal(file, path.join(cache, 'data', 'hello.txt'));
    assert.equal(fs.readFileSync(file, 'utf8'), 'hello, cache');
    assert.equal(await cachedDownload(url, { sha256: sha256('hello, cache'), cacheSubdir: 'data' }), file);
    assert.equal(server.requests.length - before, 1, 'the second call did not touch the network');
  });
});

test('a wrong sha256 or size rejects the download and leaves nothing in the cache', async () => {
  const cache = tempDir('cache');
  await withEnv({ TRANSFERLAB_CACHE: cache, TRANSFERLAB_OFFLINE: undefined }, async () => {
    const url = `${server.url}/hello.txt`;
    const bad = await rejection(cachedDownload(url, { sha256: sha256('something else') }));
    assert.equal(bad.code, 'CHECKSUM');
    assert.equal(bad.file, url);
    const short = await rejection(cachedDownload(url, { size: 13 }));
    assert.equal(short.code, 'SIZE_MISMATCH');
    assert.deepEqual(filesUnder(cache), [], 'no partial or unverified file stays');
  });
});

test('HTTP errors are DOWNLOAD errors naming the URL, with nothing cached', async () => {
  const cache = tempDir('cache');
  await withEnv({ TRANSFERLAB_CACHE: cache, TRANSFERLAB_OFFLINE: undefined }, async () => {
    const error = await rejection(cachedDownload(`${server.url}/missing.bin`));
    assert.equal(error.code, 'DOWNLOAD');
    assert.match(error.message, /404/);
    assert.deepEqual(filesUnder(cache), []);
  });
});

test('TRANSFERLAB_OFFLINE=1 never touches the network and lists the missing files', async () => {
  const cache = tempDir('cache');
  await withEnv({ TRANSFERLAB_CACHE: cache, TRANSFERLAB_OFFLINE: '1' }, async () => {
    const before = server.requests.length;
    const error = await rejection(loadPretrained(`${server.url}/tiny/model.json`));
    assert.equal(error.code, 'OFFLINE');
    assert.deepEqual(error.missing, [`${server.url}/tiny/model.json`]);
    assert.equal(server.requests.length, before);
  });
});

test('an http(s) model downloads into the cache, loads, then loads offline from the cache', async () => {
  const cache = tempDir('cache');
  const url = `${server.url}/tiny/model.json`;
  await withEnv({ TRANSFERLAB_CACHE: cache, TRANSFERLAB_OFFLINE: undefined }, async () => {
    const loaded = (await loadPretrained(url)) as PretrainedModel<tf.LayersModel>;
    assert.deepEqual(weightsOf(loaded.model), weightsOf(reference));
    loaded.dispose();
  });
  assert.deepEqual(filesUnder(cache).map((f) => path.basename(f)).sort(), ['group1-shard1of1', 'model.json']);
  await withEnv({ TRANSFERLAB_CACHE: cache, TRANSFERLAB_OFFLINE: '1' }, async () => {
    const before = server.requests.length;
    const loaded = (await loadPretrained(`${server.url}/tiny`)) as PretrainedModel<tf.LayersModel>;
    assert.deepEqual(weightsOf(loaded.model), weightsOf(reference));
    assert.equal(server.requests.length, before);
    loaded.dispose();
  });
  // Offline with model.json cached but a shard gone: the error lists that shard.
  const shard = filesUnder(cache).find((f) => f.endsWith('group1-shard1of1')) as string;
  fs.rmSync(path.join(cache, shard));
  await withEnv({ TRANSFERLAB_CACHE: cache, TRANSFERLAB_OFFLINE: '1' }, async () => {
    const error = await rejection(loadPretrained(url));
    assert.equal(error.code, 'OFFLINE');
    assert.deepEqual(error.missing, [`${server.url}/tiny/group1-shard1of1`]);
  });
});

test('a hub catalog entry with sha256s: verified download, offline availability, and a tampered file rejected', async () => {
  const cache = tempDir('cache');
  const files = Object.fromEntries(['model.json', 'group1-shard1of1'].map((f) => {
    const data = fs.readFileSync(path.join(served, 'tiny', f));
    return [f, { size: data.length, sha256: sha256(data) }];
  }));
  models.registerModel({
    name: 'tiny-hub',
    task: 'test',
    architecture: 'dense 6-5-3',
    sizeBytes: 0,
    parameters: 53,
    languages: [],
    license: 'Apache-2.0',
    description: 'served by the test',
    source: { kind: 'url', url: `${server.url}/tiny/model.json`, files },
  });
  try {
    await withEnv({ TRANSFERLAB_CACHE: cache, TRANSFERLAB_OFFLINE: undefined }, async () => {
      assert.equal(models.list().get('tiny-hub')?.availableOffline, false);
      const loaded = (await loadPretrained('tiny-hub')) as PretrainedModel<tf.LayersModel>;
      assert.deepEqual(weightsOf(loaded.model), weightsOf(reference));
      loaded.dispose();
      assert.equal(models.list().get('tiny-hub')?.availableOffline, true);
    });
    const tamperedCache = tempDir('cache');
    models.registerModel({ ...(models.get('tiny-hub') as models.CatalogEntry), source: { kind: 'url', url: `${server.url}/tiny/model.json`, files: { ...files, 'group1-shard1of1': { sha256: sha256('not the weights') } } } });
    await withEnv({ TRANSFERLAB_CACHE: tamperedCache, TRANSFERLAB_OFFLINE: undefined }, async () => {
      const error = await rejection(loadPretrained('tiny-hub'));
      assert.equal(error.code, 'CHECKSUM');
      assert.deepEqual(filesUnder(tamperedCache).map((f) => path.basename(f)), ['model.json'], 'only the verified file stays');
    });
  } finally {
    models.unregisterModel('tiny-hub');
  }
});

test('a downloaded model.json that is not JSON is reported and removed from the cache', async () => {
  const cache = tempDir('cache');
  fs.mkdirSync(path.join(served, 'broken'), { recursive: true });
  fs.writeFileSync(path.join(served, 'broken', 'model.json'), '<html>proxy login</html>');
  await withEnv({ TRANSFERLAB_CACHE: cache, TRANSFERLAB_OFFLINE: undefined }, async () => {
    const error = await rejection(loadPretrained(`${server.url}/broken/model.json`));
    assert.equal(error.code, 'BAD_JSON');
    assert.deepEqual(filesUnder(cache), []);
  });
});

test("a model.json URL's query string is kept for its shards (TF Hub's ?tfjs-format=file)", async () => {
  const cache = tempDir('cache');
  await withEnv({ TRANSFERLAB_CACHE: cache, TRANSFERLAB_OFFLINE: undefined }, async () => {
    const before = server.requests.length;
    const loaded = (await loadPretrained(`${server.url}/tiny?tfjs-format=file`)) as PretrainedModel<tf.LayersModel>;
    loaded.dispose();
    assert.deepEqual(server.requestUrls.slice(before), ['/tiny/model.json?tfjs-format=file', '/tiny/group1-shard1of1?tfjs-format=file']);
  });
});
