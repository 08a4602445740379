// Parquet data files (the hub's format) read with hyparquet: files this test writes with
// hyparquet-writer, locally, at a URL and as a hub split's Parquet export (a local server
// speaking datasets-server's /parquet list).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { datasets } from '../../src/data';
import { tokenClassificationRecords } from '../../src/data/token-classification';
import { tempDir } from './helpers';

type Writer = typeof import('hyparquet-writer');
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<Writer>;

const CONLL_NAMES = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
// conll2003's features as the hub's Parquet export stores them in its 'huggingface' metadata.
const CONLL_FEATURES = {
  info: {
    features: {
      id: { dtype: 'string', _type: 'Value' },
      tokens: { feature: { dtype: 'string', _type: 'Value' }, _type: 'Sequence' },
      ner_tags: { feature: { names: CONLL_NAMES, _type: 'ClassLabel' }, _type: 'Sequence' },
    },
  },
};

async function conllParquet(withFeatures = true): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await importEsm('hyparquet-writer');
  return new Uint8Array(parquetWriteBuffer({
    columnData: [
      { name: 'id', data: ['0', '1'] },
      { name: 'tokens', data: [['EU', 'rejects', 'German', 'call'], ['Peter', 'Blackburn']] },
      { name: 'ner_tags', data: [[3, 0, 7, 0], [1, 2]] },
    ],
    ...(withFeatures ? { kvMetadata: [{ key: 'huggingface', value: JSON.stringify(CONLL_FEATURES) }] } : {}),
  }));
}

async function squadParquet(): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await importEsm('hyparquet-writer');
  return new Uint8Array(parquetWriteBuffer({
    columnData: [
      { name: 'id', data: ['q1', 'q2'] },
      { name: 'title', data: ['Super_Bowl_50', 'Super_Bowl_50'] },
      { name: 'context', data: ['Denver Broncos won.', 'Denver Broncos won.'] },
      { name: 'question', data: ['Who won?', 'Who lost?'] },
      { name: 'answers', data: [{ text: ['Denver Broncos'], answer_start: [0] }, { text: [], answer_start: [] }] },
      { name: 'views', data: [12345678901n, 2n], type: 'INT64' },
    ],
  }));
}

test('a conll2003-shaped Parquet file loads as tokens and named tags that tokenClassificationRecords reads', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'conll.parquet');
  writeFileSync(file, await conllParquet());
  const df = await datasets.load(file);
  assert.deepEqual(df.columns, ['id', 'tokens', 'ner_tags']);
  assert.deepEqual(df.column('ner_tags').values, ['B-ORG O B-MISC O', 'B-PER I-PER']);
  const { records, types } = tokenClassificationRecords(df, { tags: 'ner_tags' });
  assert.deepEqual(records[0], { tokens: ['EU', 'rejects', 'German', 'call'], tags: ['B-ORG', 'O', 'B-MISC', 'O'] });
  assert.deepEqual(types, ['MISC', 'ORG', 'PER']);
  // Without the hub's feature metadata the ids stay ids.
  const bare = join(dir, 'bare.parquet');
  writeFileSync(bare, await conllParquet(false));
  assert.deepEqual((await datasets.load(bare)).column('ner_tags').values, ['3 0 7 0', '1 2']);
});

test('a squad-shaped Parquet file keeps answers (structs, empty lists for no answer) and int64 numbers', async (t) => {
  const file = join(tempDir(t), 'squad.parquet');
  writeFileSync(file, await squadParquet());
  const df = await datasets.load(file, { textColumn: 'context' });
  assert.deepEqual(df.columns, ['id', 'title', 'context', 'question', 'answers', 'views']);
  const answers = (df.column('answers').values as string[]).map((a) => JSON.parse(a));
  assert.deepEqual(answers, [{ text: ['Denver Broncos'], answer_start: [0] }, { text: [], answer_start: [] }]);
  assert.deepEqual(df.column('views').values, [12345678901, 2]);
});

test('a corrupt or mislabelled Parquet file is an error that names the file', async (t) => {
  const dir = tempDir(t);
  const good = await conllParquet();
  const cut = join(dir, 'cut.parquet');
  writeFileSync(cut, good.subarray(0, good.length - 20));
  await assert.rejects(datasets.load(cut), (e: Error) => e.message.includes(cut) && /not a Parquet file/.test(e.message));
  const damaged = join(dir, 'damaged.parquet');
  const bytes = Buffer.from(good);
  bytes.fill(0x7f, 8, bytes.length - 8); // PAR1 marks kept, everything between them garbage
  writeFileSync(damaged, bytes);
  await assert.rejects(datasets.load(damaged), (e: Error) => e.message.includes(damaged) && /not a readable Parquet file/.test(e.message));
  const text = join(dir, 'rows.parquet');
  writeFileSync(text, 'text,label\nnice,pos\n');
  await assert.rejects(datasets.load(text), new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a Parquet file`));
  const hidden = join(dir, 'rows.csv');
  writeFileSync(hidden, good);
  await assert.rejects(datasets.load(hidden), /rows\.csv is a Parquet file, not CSV; rename it \.parquet or pass format: 'parquet'/);
  assert.equal((await datasets.load(hidden, { format: 'parquet' })).shape[0], 2);
});

test("hf: with parquet: true reads the split's Parquet export, from a URL too, and caches it", async (t) => {
  const conll = await conllParquet();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://localhost');
    requests.push(url.pathname);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (url.pathname === '/parquet' && url.searchParams.get('dataset') === 'lab/conll') {
      const file = (split: string) => ({ dataset: 'lab/conll', config: 'conll2003', split, url: `${base}/files/${split}/0000.parquet`, filename: '0000.parquet', size: conll.length });
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ parquet_files: [file('train'), file('test')] }));
    }
    if (url.pathname.startsWith('/files/') && url.pathname.endsWith('.parquet')) return res.writeHead(200).end(Buffer.from(conll));
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => server.close(resolve)));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const saved = { cache: process.env.TRANSFERLAB_CACHE, offline: process.env.TRANSFERLAB_OFFLINE };
  process.env.TRANSFERLAB_CACHE = tempDir(t);
  delete process.env.TRANSFERLAB_OFFLINE;
  t.after(() => {
    for (const [k, v] of [['TRANSFERLAB_CACHE', saved.cache], ['TRANSFERLAB_OFFLINE', saved.offline]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  const df = await datasets.load('hf:lab/conll', { split: 'test', parquet: true, endpoint: base });
  assert.deepEqual(df.column('ner_tags').values, ['B-ORG O B-MISC O', 'B-PER I-PER']);
  assert.deepEqual(requests, ['/parquet', '/files/test/0000.parquet']);
  process.env.TRANSFERLAB_OFFLINE = '1';
  await datasets.load('hf:lab/conll', { split: 'test', parquet: true, endpoint: base });
  assert.equal(requests.length, 2, 'the second load came from the cache');
  delete process.env.TRANSFERLAB_OFFLINE;
  await assert.rejects(datasets.load('hf:lab/conll', { split: 'validation', parquet: true, endpoint: base }), /no Parquet files for split 'validation'; it has: conll2003\/train, conll2003\/test/);
  const fromUrl = await datasets.load(`${base}/files/train/0000.parquet`);
  assert.deepEqual(fromUrl.column('tokens').values, ['EU rejects German call', 'Peter Blackburn']);
});
