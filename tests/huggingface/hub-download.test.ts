import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { setDisplaySink, type MimeBundle } from '../../src/display';
import { partialPath } from '../../src/io/cache';
import { resolveHuggingFace } from '../../src/models/huggingface/hub';
import { filesUnder, tempDir, withEnv } from '../models/helpers';
import { bertLike, sameFiles, shardedSentenceTransformer } from './hub-fixtures';
import { hubEnv, startFakeHub, type FakeHub } from './hub-server';

let hub: FakeHub;
before(async () => {
  hub = await startFakeHub();
});
after(() => hub.close());

const online = (cache: string, extra: Record<string, string | undefined> = {}) => hubEnv(hub.url, cache, extra);

test('hf:owner/name@revision downloads a save_pretrained folder byte for byte, then serves it from the cache', async () => {
  const files = bertLike();
  hub.addRepo('acme/tiny-bert', 'v1.0', files);
  const cache = tempDir('hub');
  await withEnv(online(cache), async () => {
    const start = hub.requests.length;
    const folder = await resolveHuggingFace('hf:acme/tiny-bert@v1.0');
    assert.equal(folder, path.join(cache, 'huggingface', 'acme--tiny-bert', 'v1.0'));
    assert.ok(sameFiles(folder, files));
    assert.ok(!fs.existsSync(path.join(folder, 'special_tokens_map.json')), 'a 404 for an optional file is skipped');
    const hubPaths = hub.requests.slice(start).filter((r) => r.server === 'hub').map((r) => r.path);
    assert.ok(hubPaths.includes('/acme/tiny-bert/resolve/v1.0/config.json'), 'the revision is in the URL');
    assert.ok(hubPaths.includes('/acme/tiny-bert/resolve/v1.0/model.safetensors'));
    assert.ok(hub.requests.slice(start).some((r) => r.server === 'cdn'), 'the weights came through the redirect');
    assert.ok(filesUnder(cache).every((f) => !f.endsWith('.part')), 'no partial files stay');

    const again = hub.requests.length;
    assert.equal(await resolveHuggingFace('hf:acme/tiny-bert@v1.0'), folder);
    assert.equal(hub.requests.length, again, 'the second call did not touch the network');
  });
});

test('a sharded sentence-transformers repo brings its index, every shard, modules.json and 1_Pooling/config.json; hf:name works for single-name repos', async () => {
  const files = shardedSentenceTransformer();
  hub.addRepo('tiny-minilm', 'main', files);
  const cache = tempDir('hub');
  await withEnv(online(cache), async () => {
    const folder = await resolveHuggingFace('hf:tiny-minilm');
    assert.equal(folder, path.join(cache, 'huggingface', 'tiny-minilm', 'main'));
    assert.ok(sameFiles(folder, files));
    assert.deepEqual(filesUnder(folder).filter((f) => !f.startsWith('.')), Object.keys(files).sort());
  });
});

test('HF_TOKEN goes to the endpoint only: not across the redirect to the CDN on another origin', async () => {
  hub.addRepo('acme/private', 'main', bertLike());
  const cache = tempDir('hub');
  await withEnv(online(cache, { HF_TOKEN: 'hf_secret' }), async () => {
    const start = hub.requests.length;
    await resolveHuggingFace('hf:acme/private');
    const seen = hub.requests.slice(start);
    const toHub = seen.filter((r) => r.server === 'hub');
    const toCdn = seen.filter((r) => r.server === 'cdn');
    assert.ok(toHub.length >= 3 && toCdn.length >= 1);
    assert.ok(toHub.every((r) => r.headers.authorization === 'Bearer hf_secret'));
    assert.ok(toCdn.every((r) => r.headers.authorization === undefined), 'no token to another host');
  });
});

test('a connection dropped mid-body resumes with a Range request and yields the exact file', async () => {
  const files = bertLike(10_000);
  hub.addRepo('acme/flaky', 'main', files);
  hub.faults.dropOnce.add('acme/flaky/main/model.safetensors');
  hub.faults.dropOnce.add('acme/flaky/main/tokenizer.json');
  const cache = tempDir('hub');
  await withEnv(online(cache), async () => {
    const start = hub.requests.length;
    const folder = await resolveHuggingFace('hf:acme/flaky', { retryDelayMs: 1 });
    assert.ok(sameFiles(folder, files));
    const cdn = hub.requests.slice(start).filter((r) => r.server === 'cdn');
    assert.equal(cdn.length, 2);
    assert.equal(cdn[0].headers.range, undefined);
    assert.equal(cdn[1].headers.range, 'bytes=5000-', 'the second try asks for the rest only');
    const tokenizer = hub.requests.slice(start).filter((r) => r.path.endsWith('/tokenizer.json'));
    assert.equal(tokenizer.length, 2);
    assert.match(String(tokenizer[1].headers.range), /^bytes=\d+-$/);
    assert.ok(filesUnder(cache).every((f) => !f.endsWith('.part')));
  });
});

test('a file above the threshold shows one progress display updated in place in a notebook, and a rewritten line on a terminal', async () => {
  hub.addRepo('acme/big', 'main', bertLike(50_000));
  const shown: Array<{ bundle: MimeBundle; displayId?: string; update?: boolean }> = [];
  setDisplaySink({ sessionId: 'test', display: (bundle, options) => shown.push({ bundle, displayId: options?.displayId, update: options?.update }), clearOutput: () => {} });
  try {
    await withEnv(online(tempDir('hub')), () => resolveHuggingFace('hf:acme/big', { progressThreshold: 20_000 }));
  } finally {
    setDisplaySink(undefined);
  }
  assert.ok(shown.length >= 2, 'a display and at least its final update');
  assert.equal(shown[0].update, false);
  assert.ok(shown.slice(1).every((s) => s.update === true && s.displayId === shown[0].displayId));
  assert.match(String(shown[0].bundle['text/html']), /<progress /);
  assert.match(String(shown.at(-1)!.bundle['text/plain']), /acme\/big model\.safetensors 50\.0 kB \/ 50\.0 kB/);

  const written: string[] = [];
  const terminal = { isTTY: true, write: (text: string) => written.push(text) };
  await withEnv(online(tempDir('hub')), () => resolveHuggingFace('hf:acme/big', { progressThreshold: 20_000, progressOutput: terminal }));
  assert.ok(written.length >= 2);
  assert.match(written.at(-2)!, /^\racme\/big model\.safetensors \[#{20}\] 50\.0 kB \/ 50\.0 kB/);
  assert.equal(written.at(-1), '\n');

  const quiet: string[] = [];
  await withEnv(online(tempDir('hub')), () => resolveHuggingFace('hf:acme/big', { progressThreshold: 20_000, progressOutput: { isTTY: false, write: (t: string) => quiet.push(t) } }));
  assert.deepEqual(quiet, [], 'nothing when not a TTY and not in a notebook');
  const small: string[] = [];
  await withEnv(online(tempDir('hub')), () => resolveHuggingFace('hf:acme/big', { progressOutput: { isTTY: true, write: (t: string) => small.push(t) } }));
  assert.deepEqual(small, [], 'no bar under the default threshold (5 MB)');
});

test('a partial left by an interrupted run is resumed by the next call (its sha256 checks the result), and restarted when nothing can check it', async () => {
  const files = bertLike(10_000);
  hub.addRepo('acme/interrupted', 'main', files);
  hub.faults.dropOnce.add('acme/interrupted/main/model.safetensors');
  const cache = tempDir('hub');
  await withEnv(online(cache), async () => {
    const aborting = new AbortController();
    const first = resolveHuggingFace('hf:acme/interrupted', { signal: aborting.signal, retryDelayMs: 600_000 });
    // Interrupt once the dropped first try has written half the file and waits to retry.
    const partial = partialPath(path.join(cache, 'huggingface', 'acme--interrupted', 'main', 'model.safetensors'));
    while ((fs.existsSync(partial) ? fs.statSync(partial).size : 0) < 5000) await new Promise((resolve) => setTimeout(resolve, 10));
    aborting.abort();
    await assert.rejects(first, { name: 'AbortError' });
    const partials = filesUnder(cache).filter((f) => f.endsWith('.part'));
    assert.equal(partials.length, 1, 'the interrupted download keeps its partial in tmp/');
    assert.ok(!fs.existsSync(path.join(cache, 'huggingface', 'acme--interrupted', 'main', 'model.safetensors')));
    assert.equal(fs.statSync(path.join(cache, partials[0])).size, 5000);

    const start = hub.requests.length;
    const folder = await resolveHuggingFace('hf:acme/interrupted');
    assert.ok(sameFiles(folder, files));
    const cdn = hub.requests.slice(start).filter((r) => r.server === 'cdn');
    assert.deepEqual(cdn.map((r) => r.headers.range), ['bytes=5000-']);
    assert.ok(filesUnder(cache).every((f) => !f.endsWith('.part')));
  });

  // A git file (sha1 ETag, no sha256) with a leftover partial: restarted from byte 0.
  const cache2 = tempDir('hub');
  await withEnv(online(cache2), async () => {
    const target = path.join(cache2, 'huggingface', 'acme--interrupted', 'main', 'tokenizer.json');
    fs.mkdirSync(path.dirname(partialPath(target)), { recursive: true });
    fs.writeFileSync(partialPath(target), 'stale bytes of an older version');
    const start = hub.requests.length;
    const folder = await resolveHuggingFace('hf:acme/interrupted');
    assert.ok(sameFiles(folder, files));
    const tokenizer = hub.requests.slice(start).filter((r) => r.path.endsWith('/tokenizer.json'));
    assert.deepEqual(tokenizer.map((r) => r.headers.range), ['bytes=31-', undefined]);
  });
});

test('concurrent calls for one repo share each download; a revision with slashes (refs/pr/1) is encoded in the URL and the folder', async () => {
  const files = bertLike();
  hub.addRepo('acme/pr', 'refs/pr/1', files);
  const cache = tempDir('hub');
  await withEnv(online(cache), async () => {
    const start = hub.requests.length;
    const [a, b] = await Promise.all([resolveHuggingFace('hf:acme/pr@refs/pr/1'), resolveHuggingFace('hf:acme/pr@refs/pr/1')]);
    assert.equal(a, b);
    assert.equal(a, path.join(cache, 'huggingface', 'acme--pr', 'refs%2Fpr%2F1'));
    assert.ok(sameFiles(a, files));
    const seen = hub.requests.slice(start);
    assert.equal(seen.filter((r) => r.server === 'cdn').length, 1, 'the weights were fetched once');
    assert.ok(seen.some((r) => r.path === '/acme/pr/resolve/refs%2Fpr%2F1/config.json'));
  });
});
