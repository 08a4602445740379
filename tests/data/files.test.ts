import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'zlib';
import { datasets, data } from '../../src/data';
import { toIob2 } from '../../src/data/conll';
import { tempDir, warnings, writeFile } from './helpers';

test('CSV: quoted fields with commas, quotes and newlines; numeric columns inferred', async (t) => {
  const dir = tempDir(t);
  const file = writeFile(dir, 'reviews.csv', 'text,label,score\n"Great, really ""great""",pos,1.5\n"two\nlines",neg,2\nplain,pos,\n');
  const df = await datasets.load(file);
  assert.deepEqual(df.columns, ['text', 'label', 'score']);
  assert.deepEqual(df.column('text').values, ['Great, really "great"', 'two\nlines', 'plain']);
  const scores = df.column('score').values as number[];
  assert.deepEqual(scores.slice(0, 2), [1.5, 2]);
  assert.ok(Number.isNaN(scores[2]));
});

test('CSV with a short row names the file and line', async (t) => {
  const file = writeFile(tempDir(t), 'bad.csv', 'text,label\nok,pos\n"multi\nline",neg\nmissing\n');
  await assert.rejects(datasets.load(file), /bad\.csv:5: expected 2 fields \(text, label\), found 1/);
});

test('CSV quoting errors name the file and the line the record starts on', async (t) => {
  const dir = tempDir(t);
  const unclosed = writeFile(dir, 'open.csv', 'text,label\r\nok,pos\r\n\r\n"never closed,neg\r\n');
  await assert.rejects(datasets.load(unclosed), /open\.csv: a quoted field opened on or after line 4 is never closed/);
  const malformed = writeFile(dir, 'stray.csv', 'text,label\n"two\nlines",pos\n"x"y,neg\n');
  await assert.rejects(datasets.load(malformed), /stray\.csv:4: Trailing quote on quoted field is malformed/);
});

test('TSV, JSON (records and columns) and JSON Lines load the same table', async (t) => {
  const dir = tempDir(t);
  const expected = { text: ['a b', 'c'], label: ['x', 'y'] };
  const files = [
    writeFile(dir, 'd.tsv', 'text\tlabel\na b\tx\nc\ty\n'),
    writeFile(dir, 'd.json', JSON.stringify([{ text: 'a b', label: 'x' }, { text: 'c', label: 'y' }])),
    writeFile(dir, 'cols.json', JSON.stringify(expected)),
    writeFile(dir, 'd.jsonl', '{"text":"a b","label":"x"}\n\n{"text":"c","label":"y"}\n'),
  ];
  for (const file of files) {
    const df = await datasets.load(file);
    assert.deepEqual(df.column('text').values, expected.text, file);
    assert.deepEqual(df.column('label').values, expected.label, file);
  }
});

test('a file that is not what its extension says is a clear error', async (t) => {
  const dir = tempDir(t);
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['a.csv', '[{"text":"x"}]', /a\.csv is JSON, not CSV; rename it \.json/],
    ['b.json', 'text,label\nx,y\n', /b\.json is text starting with 'text,label', not JSON/],
    ['c.json', '{"text":"x"}\n{"text":"y"}\n', /c\.json is not valid JSON .*looks like JSON Lines/],
    ['d.tsv', 'text,label\nx,y\n', /d\.tsv is comma-separated \(CSV\), not TSV/],
    ['e.csv', gzipSync('text\nx\n'), /e\.csv is gzip-compressed, not CSV/],
    ['f.jsonl', '{"text":"x"}\nnot json\n', /f\.jsonl:2 is not a JSON value/],
    ['g.conll', '{"tokens":[]}', /g\.conll is JSON, not CONLL/],
    ['h.txt', 'x', /cannot tell the format of .*h\.txt .*pass format:/],
  ];
  for (const [name, content, pattern] of cases) await assert.rejects(datasets.load(writeFile(dir, name, content)), pattern, name);
  await assert.rejects(datasets.load(`${dir}/missing.csv`), /unknown data set .*missing\.csv.*does not exist/);
});

test('CoNLL: sentences on blank lines, -DOCSTART- skipped, IOB1 normalised to IOB2', async (t) => {
  const iob1 = '-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nand CC O O\nJohn NNP I-NP I-PER\nSmith NNP I-NP B-PER\n';
  const file = writeFile(tempDir(t), 'train.conll', iob1);
  const df = await datasets.load(file);
  assert.deepEqual(df.columns, ['tokens', 'tags']);
  assert.equal(df.shape[0], 2);
  const { tokens, tags } = data.taggedSentences(df);
  assert.deepEqual(tokens[0], ['EU', 'rejects', 'German', 'call']);
  assert.deepEqual(tags[0], ['B-ORG', 'O', 'B-MISC', 'O']);
  assert.deepEqual(tags[1], ['B-PER', 'I-PER', 'O', 'B-PER', 'B-PER']);
});

test('IOB2 input is unchanged by normalisation', () => {
  const iob2 = ['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC', 'I-LOC'];
  assert.deepEqual(toIob2(iob2), iob2);
  assert.deepEqual(toIob2(['I-LOC', 'I-PER', 'O', 'I-LOC']), ['B-LOC', 'B-PER', 'O', 'B-LOC']);
});

test('CoNLL line with the wrong column count names file and line; bad tags are refused', async (t) => {
  const dir = tempDir(t);
  const bad = writeFile(dir, 'bad.conll', 'EU NNP B-ORG\nrejects B-ORG\n');
  await assert.rejects(datasets.load(bad), /bad\.conll:2: expected 3 columns \(as on line 1\), found 2: 'rejects B-ORG'/);
  const iobes = writeFile(dir, 'iobes.conll', 'EU S-ORG\n');
  await assert.rejects(datasets.load(iobes), /iobes\.conll:1: tag 'S-ORG' is not IOB/);
});

test('empty text is an error naming the row, or dropped and counted when asked', async (t) => {
  const file = writeFile(tempDir(t), 'gaps.csv', 'text,label\ngood,pos\n"  ",neg\nfine,neg\n,pos\n');
  await assert.rejects(datasets.load(file), /column 'text' is empty at row 1; .*dropEmpty: true/);
  const { result, warned } = await warnings(() => datasets.load(file, { dropEmpty: true }));
  assert.deepEqual(result.column('text').values, ['good', 'fine']);
  assert.equal(warned.length, 1);
  assert.match(warned[0], /dropped 2 rows with empty text/);
});

test('limit on a file is a seeded stratified sample, not the first rows', async (t) => {
  const rows = Array.from({ length: 200 }, (_, i) => `review ${i},${i < 150 ? 'neg' : 'pos'}`);
  const file = writeFile(tempDir(t), 'sorted.csv', `text,label\n${rows.join('\n')}\n`);
  const df = await datasets.load(file, { limit: 40, seed: 3 });
  const labels = df.column('label').values as string[];
  assert.equal(labels.filter((l) => l === 'neg').length, 30);
  assert.equal(labels.filter((l) => l === 'pos').length, 10);
  assert.notDeepEqual(df.column('text').values, rows.slice(0, 40).map((r) => r.split(',')[0]));
  const again = await datasets.load(file, { limit: 40, seed: 3 });
  assert.deepEqual(again.column('text').values, df.column('text').values);
  await assert.rejects(datasets.load(file, { split: 'test' }), /split 'test' only applies to built-in and hub data sets/);
});
