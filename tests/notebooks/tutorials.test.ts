// Executes every tutorial notebook in the transferlab kernel (as `npm run tutorials`
// does) and checks that the re-executed copies have no errors and the same kinds of
// outputs, cell by cell, as the committed ones, plus the artifacts the tutorials promise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..');
const notebooksDir = path.join(root, 'notebooks');
const executedDir = path.join(root, 'out', 'tutorials');

interface Output {
  output_type: string;
  data?: Record<string, unknown>;
  name?: string;
  text?: string | string[];
}
interface Cell {
  cell_type: string;
  source: string | string[];
  outputs?: Output[];
}

function readCells(file: string): Cell[] {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { cells: Cell[] }).cells.filter((c) => c.cell_type === 'code');
}

/** A training progress bar (one per epoch, src/train/progress.ts): its text/plain reads "epoch 3/20 ...". */
const isProgressBar = (o: Output) => {
  const plain = o.data?.['text/plain'];
  return o.output_type === 'display_data' && /^epoch \d+\/\d+ /.test(Array.isArray(plain) ? plain.join('') : String(plain ?? ''));
};

/**
 * The rich outputs of a cell as comparable kinds, e.g. 'display_data:application/vnd.plotly.v1+json,text/html,text/plain'.
 * Progress bars count as one kind however many epochs ran: early stopping ends a run at an epoch that depends on
 * the data, so the small CI sizes (TRAIN_SIZE etc. under TRANSFERLAB_TUTORIAL_SIZE=ci) may stop at another epoch.
 */
function outputKinds(cell: Cell): string[] {
  const outputs = (cell.outputs ?? [])
    .filter((o) => o.output_type === 'display_data' || o.output_type === 'execute_result' || o.output_type === 'error')
    .filter((o) => o.output_type === 'error' || Object.keys(o.data ?? {}).some((k) => k !== 'text/plain' || o.output_type === 'execute_result'));
  const bars = outputs.some(isProgressBar) ? ['progress bars (one per epoch)'] : [];
  return outputs
    .filter((o) => !isProgressBar(o))
    .map((o) => `${o.output_type}:${Object.keys(o.data ?? {}).sort().join(',')}`)
    .concat(bars)
    .sort();
}

function text(cell: Cell): string {
  return (cell.outputs ?? [])
    .map((o) => {
      const t = o.text ?? (o.data?.['text/plain'] as string | string[] | undefined) ?? '';
      return Array.isArray(t) ? t.join('') : t;
    })
    .join('\n');
}

const notebooks = fs.readdirSync(notebooksDir).filter((f) => f.endsWith('.ipynb') && !f.startsWith('zz-')).sort();

test('the tutorials cover every workflow step, each in its own notebook', () => {
  for (const step of ['01-select-a-pretrained-model', '02-prepare-the-dataset', '03-fine-tune', '04-evaluate', '05-deploy', 'spam-detection']) {
    assert.ok(notebooks.includes(`${step}.ipynb`), `notebooks/${step}.ipynb is missing`);
  }
});

test('committed notebooks carry outputs, stay under 1 MB and do not inline plotly.js', () => {
  for (const nb of notebooks) {
    const file = path.join(notebooksDir, nb);
    const raw = fs.readFileSync(file, 'utf8');
    assert.ok(raw.length < 1024 * 1024, `${nb} is ${raw.length} bytes`);
    assert.ok(!raw.includes('data-transferlab-plotly-lib'), `${nb} inlines plotly.js`);
    assert.ok(readCells(file).some((c) => (c.outputs ?? []).length > 0), `${nb} was committed without outputs`);
  }
});

test('every tutorial runs without errors and reproduces its kinds of outputs', { timeout: 40 * 60_000 }, () => {
  fs.rmSync(executedDir, { recursive: true, force: true });
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'tutorials.js')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // Tutorials written for this wave read TRANSFERLAB_TUTORIAL_SIZE: 'ci' runs them on small sizes.
    env: { ...process.env, TRANSFERLAB_TUTORIAL_SIZE: process.env.TRANSFERLAB_TUTORIAL_SIZE ?? 'ci' },
  });
  process.stdout.write(run.stdout);
  assert.equal(run.status, 0, `npm run tutorials failed:\n${run.stdout}\n${run.stderr}`);

  for (const nb of notebooks) {
    const committed = readCells(path.join(notebooksDir, nb));
    const executed = readCells(path.join(executedDir, nb));
    assert.equal(executed.length, committed.length, nb);
    executed.forEach((cell, i) => {
      const where = `${nb} code cell ${i + 1}: ${String(Array.isArray(cell.source) ? cell.source.join('') : cell.source).split('\n')[0]}`;
      assert.ok(!outputKinds(cell).some((k) => k.startsWith('error')), `${where} raised an error`);
      assert.deepEqual(outputKinds(cell), outputKinds(committed[i]), `${where}: output kinds differ from the committed notebook`);
    });
    assert.ok(fs.existsSync(path.join(executedDir, nb.replace(/\.ipynb$/, '.html'))), `${nb} has no HTML rendering`);
  }

  const all = (nb: string) => readCells(path.join(executedDir, nb)).map(text).join('\n');
  assert.match(all('03-fine-tune.ipynb'), /accuracy/i, '03 prints a test accuracy');
  assert.match(all('04-evaluate.ipynb'), /precision\s+recall\s+f1-score\s+support/, '04 prints a classification report');
  assert.match(all('spam-detection.ipynb'), /macro/i, 'spam-detection prints macro-F1');
  assert.match(all('10-summarization.ipynb'), /rougeLsum F[\s\S]*beats lead-3 on rougeLsum F in \d+ of \d+ test documents/, '10 scores summarizers with ROUGE');
  for (const model of ['imdb-sentiment', 'spam']) {
    assert.ok(fs.existsSync(path.join(root, 'out', 'models', model, 'manifest.json')), `out/models/${model} was not saved`);
  }
});
