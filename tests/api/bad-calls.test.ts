// A table of bad calls through the public API (src/index): each must throw an
// error that names the function and the argument, says what is accepted, and
// suggests the nearest option name for a typo.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as tl from '../../src/index';
import { textModel } from '../freeze/text-model';

interface BadCall {
  call: string;
  run: () => unknown;
  /** Every pattern must occur in the message. */
  says: RegExp[];
}

const df = () => new tl.DataFrame({ text: ['a good film', 'a bad film', 'fine', 'awful'], label: ['pos', 'neg', 'pos', 'neg'] });
const base = () => ({ name: 'stub', tokenizer: undefined, buildEncoder: () => undefined }) as unknown as Parameters<typeof tl.classifier>[0];

const TABLE: BadCall[] = [
  // backend
  { call: 'useBackend: allowsoftware', run: () => tl.useBackend('webgpu', { allowsoftware: true } as never), says: [/tl\.useBackend\('webgpu', options\)/, /Did you mean 'allowSoftware'/] },
  { call: 'useBackend: threads 0', run: () => tl.useBackend('auto', { threads: 0 }), says: [/options\.threads must be a positive integer/] },
  // data
  { call: 'split: a label column that is absent', run: () => tl.data.split(df(), { label: 'no_such_column' }), says: [/tl\.data\.split/, /options\.label 'no_such_column' is not a column/, /Columns: text, label/] },
  { call: 'split: a typo in a column name', run: () => tl.data.split(df(), { label: 'lable' }), says: [/options\.label/, /Did you mean 'label'/] },
  { call: 'split: ratio for ratios', run: () => tl.data.split(df(), { ratio: [0.5, 0.5] } as never), says: [/tl\.data\.split/, /options\.ratio is not an option/, /Did you mean 'ratios'/, /Accepted: label, ratios, stratify, seed/] },
  { call: 'split: seed as a string', run: () => tl.data.split(df(), { seed: '42' } as never), says: [/options\.seed must be integer/, /got string '42'/] },
  { call: 'split: stratify as a string', run: () => tl.data.split(df(), { stratify: 'yes' } as never), says: [/options\.stratify must be boolean/] },
  { call: 'split: options not an object', run: () => tl.data.split(df(), 0.8 as never), says: [/tl\.data\.split/, /options must be an options object/] },
  { call: 'datasets.load: limt', run: () => tl.datasets.load('imdb', { limt: 10 } as never), says: [/tl\.datasets\.load/, /options\.limt/, /Did you mean 'limit'/] },
  { call: 'datasets.load: a negative limit', run: () => tl.datasets.load('imdb', { limit: -5 }), says: [/options\.limit must be a positive integer/, /-5/] },
  { call: 'datasets.load: an unknown format', run: () => tl.datasets.load('x.txt', { format: 'xlsx' } as never), says: [/options\.format must be one of .*got 'xlsx'/, /'csv', 'tsv', 'json', 'jsonl', 'conll'/] },
  { call: 'toTensors: an unknown padding', run: () => tl.data.toTensors(df(), undefined as never, { padding: 'max' } as never), says: [/tl\.data\.toTensors/, /options\.padding must be one of .*got 'max'/, /'longest', 'max_length'/] },
  { call: 'toTensors: batch_size', run: () => tl.data.toTensors(df(), undefined as never, { batch_size: 8 } as never), says: [/options\.batch_size is not an option/, /Did you mean 'batchSize'/] },
  { call: 'encodeLabels: labls', run: () => tl.data.encodeLabels(df(), { labls: ['a'] } as never), says: [/tl\.data\.encodeLabels/, /Did you mean 'labels'/] },
  { call: 'textLengths: columns', run: () => tl.data.textLengths(df(), { columns: 'text' } as never), says: [/tl\.data\.textLengths/, /Did you mean 'column'/] },
  // models
  { call: 'loadPretrained: trainabel', run: () => tl.loadPretrained('use-lite', { trainabel: false } as never), says: [/tl\.loadPretrained\('use-lite', options\)/, /Did you mean 'trainable'/] },
  { call: 'loadPretrained: maxWords as a string', run: () => tl.loadPretrained('glove-100d', { maxWords: '1000' } as never), says: [/options\.maxWords must be integer/] },
  { call: 'classifier: label for labels', run: () => tl.classifier(base(), { label: ['a', 'b'] } as never), says: [/tl\.classifier\(base, options\)/, /options\.label is not an option/, /Did you mean 'labels'/] },
  { call: 'classifier: dropout 1.5', run: () => tl.classifier(base(), { labels: ['a', 'b'], dropout: 1.5 }), says: [/options\.dropout must be in \[0, 1\)/, /1\.5/] },
  { call: 'classifier: an unknown truncation', run: () => tl.classifier(base(), { labels: ['a', 'b'], truncation: 'middle' } as never), says: [/options\.truncation must be one of .*got 'middle'/, /'head', 'tail', 'head\+tail'/] },
  { call: 'classifier: labels not strings', run: () => tl.classifier(base(), { labels: [0, 1] } as never), says: [/options\.labels must be an array of strings/] },
  { call: 'tokenClassifier: seed as a float', run: () => tl.tokenClassifier(base(), { labels: ['O'], seed: 1.5 }), says: [/tl\.tokenClassifier/, /options\.seed must be integer/] },
  { call: 'questionAnswerer: maxAnswerLen', run: () => tl.questionAnswerer(base(), { maxAnswerLen: 10 } as never), says: [/tl\.questionAnswerer\(base, options\)/, /Did you mean 'maxAnswerLength'/] },
  { call: 'questionAnswerer: a base without a tokenizer', run: () => tl.questionAnswerer(base()), says: [/questionAnswerer: the base must be a pre-trained model with a tokenizer/] },
  // freeze
  { call: 'freeze: upto', run: () => tl.freeze(model, { upto: 'encoder' } as never), says: [/tl\.freeze\(model, selection\)/, /selection\.upto is not an option/, /Did you mean 'upTo'/] },
  { call: 'freeze: match as a string', run: () => tl.freeze(model, { match: 'dense' } as never), says: [/selection\.match must be regexp/] },
  { call: 'unfreeze: lst', run: () => tl.unfreeze(model, { lst: 2 } as never), says: [/tl\.unfreeze/, /Did you mean 'last'/] },
  { call: 'layerGroups: group', run: () => tl.layerGroups(model, { group: 3 } as never), says: [/tl\.layerGroups/, /Did you mean 'groups'/] },
  { call: 'gradualUnfreezing: every 0', run: () => tl.gradualUnfreezing(model, { every: 0 }), says: [/tl\.gradualUnfreezing/, /options\.every must be a positive integer/] },
  { call: 'summary: expand', run: () => tl.summary(model, { expand: true } as never), says: [/tl\.summary/, /Accepted: groups, expandNested/] },
  // train
  { call: 'fineTune: epoch', run: () => tl.fineTune(model, { x: [], y: [] } as never, { epoch: 3 } as never), says: [/tl\.fineTune\(model, train, options\)/, /options\.epoch is not an option/, /Did you mean 'epochs'/] },
  { call: 'fineTune: learningRate', run: () => tl.fineTune(model, { x: [], y: [] } as never, { learningRate: 1e-3 } as never), says: [/options\.learningRate is not an option/] },
  { call: 'fineTune: an unknown schedule', run: () => tl.fineTune(model, { x: [], y: [] } as never, { schedule: 'cosine-annealing' } as never), says: [/options\.schedule must be one of 'constant', 'linear', 'cosine', 'one-cycle'/] },
  { call: 'fineTune: earlyStopping.patient', run: () => tl.fineTune(model, { x: [], y: [] } as never, { earlyStopping: { patient: 2 } } as never), says: [/options\.earlyStopping\.patient is not an option/, /Did you mean 'patience'/] },
  { call: 'fineTune: earlyStopping.mode', run: () => tl.fineTune(model, { x: [], y: [] } as never, { earlyStopping: { mode: 'maximum' } } as never), says: [/options\.earlyStopping\.mode must be one of .*got 'maximum'/, /'min', 'max', 'auto'/] },
  { call: 'fineTune: checkpoint.every', run: () => tl.fineTune(model, { x: [], y: [] } as never, { checkpoint: { dir: 'x', evry: 1 } } as never), says: [/options\.checkpoint\.evry/, /Did you mean 'every'/] },
  { call: 'fineTune: callbacks.onEpochEnd misspelt', run: () => tl.fineTune(model, { x: [], y: [] } as never, { callbacks: { onEpochEnds: () => {} } } as never), says: [/options\.callbacks\.onEpochEnds/, /Did you mean 'onEpochEnd'/] },
  { call: 'fineTune: cache true', run: () => tl.fineTune(model, { x: [], y: [] } as never, { cache: true } as never), says: [/options\.cache must be one of .*got true/, /'auto', 'memory', 'disk', false/] },
  // metrics
  { call: 'f1: averge', run: () => tl.metrics.f1([0, 1], [0, 1], { averge: 'macro' } as never), says: [/tl\.metrics\.f1/, /Did you mean 'average'/] },
  { call: 'precision: an unknown average', run: () => tl.metrics.precision([0, 1], [0, 1], { average: 'samples' } as never), says: [/options\.average must be one of .*got 'samples'/, /'binary', 'micro', 'macro', 'weighted'/] },
  { call: 'confusionMatrix: normalise', run: () => tl.metrics.confusionMatrix([0, 1], [0, 1], { normalise: 'true' } as never), says: [/tl\.metrics\.confusionMatrix/, /Did you mean 'normalize'/] },
  { call: 'classificationReport: target_names', run: () => tl.metrics.classificationReport([0, 1], [0, 1], { target_names: ['a', 'b'] } as never), says: [/tl\.metrics\.classificationReport/, /options\.target_names is not an option/, /Did you mean 'targetNames'/] },
  { call: 'rocAuc: pos_label', run: () => tl.metrics.rocAuc([0, 1], [0.2, 0.8], { pos_label: 1 } as never), says: [/tl\.metrics\.rocAuc/, /Did you mean 'posLabel'/] },
  { call: 'evaluate: batch', run: () => tl.evaluate(undefined as never, { texts: [], labels: [] }, { batch: 8 } as never), says: [/tl\.evaluate/, /options\.batch is not an option/, /Did you mean 'batchSize'/] },
  // plot
  { call: 'plot.confusionMatrix: normalize all-rows', run: () => tl.plot.confusionMatrix([[1, 0], [0, 1]], { normalize: 'rows' } as never), says: [/tl\.plot\.confusionMatrix/, /options\.normalize must be one of .*got 'rows'/] },
  { call: 'plot.classBalance: colum', run: () => tl.plot.classBalance(['a', 'b'], { colum: 'label' } as never), says: [/tl\.plot\.classBalance/, /Did you mean 'column'/] },
  { call: 'plot.textLengths: unit tokens', run: () => tl.plot.textLengths(['a b'], { unit: 'token' } as never), says: [/tl\.plot\.textLengths/, /options\.unit must be one of .*got 'token'/, /'words', 'characters'/] },
  { call: 'plot.roc: titel', run: () => tl.plot.roc([0, 1], [0.1, 0.9], { titel: 'ROC' } as never), says: [/tl\.plot\.roc/, /Did you mean 'title'/] },
  { call: 'plot.precisionRecall: name as a number', run: () => tl.plot.precisionRecall([0, 1], [0.1, 0.9], { name: 3 } as never), says: [/options\.name must be string/] },
  { call: 'plot.embeddings: label', run: () => tl.plot.embeddings([[0, 1], [1, 0], [1, 1]], { label: ['a', 'b', 'c'] } as never), says: [/tl\.plot\.embeddings/, /Did you mean 'labels'/] },
  { call: 'plot.history: title as a number', run: () => tl.plot.history(new tl.History(1), { title: 1 } as never), says: [/tl\.plot\.history/, /options\.title must be string/] },
  { call: 'plot.perClassF1: an unknown option', run: () => tl.plot.perClassF1({ perClass: {} }, { sort: true } as never), says: [/tl\.plot\.perClassF1/, /Accepted: title/] },
  // deploy
  { call: "save: format 'tflite'", run: () => tl.save(undefined as never, 'models/x', { format: 'tflite' } as never), says: [/tl\.save\(model, dir, options\)/, /options\.format must be one of .*got 'tflite'/, /must be one of 'tfjs', 'huggingface', 'onnx', got 'tflite'/] },
  { call: "save: quantize 'int4'", run: () => tl.save(undefined as never, 'models/x', { quantize: 'int4' } as never), says: [/tl\.save\(model, dir, options\)/, /options\.quantize must be one of 'int8', 'float16', got 'int4'/] },
  { call: 'save: cards', run: () => tl.save(undefined as never, 'models/x', { cards: {} } as never), says: [/options\.cards/, /Did you mean 'card'/] },
  { call: 'load: an unknown option', run: () => tl.load('models/x', { backend: 'cpu' } as never), says: [/tl\.load\(dir, options\)/, /options\.backend is not an option/] },
  { call: 'pipeline: batchsize', run: () => tl.pipeline('models/x', { batchsize: 4 } as never), says: [/tl\.pipeline/, /Did you mean 'batchSize'/] },
  { call: 'serve: prot', run: () => tl.serve('models/x', { prot: 8080 } as never), says: [/tl\.serve\(source, options\)/, /Did you mean 'port'/] },
  { call: 'serve: port as a string', run: () => tl.serve('models/x', { port: '8080' } as never), says: [/options\.port must be number, got string '8080'/] },
  { call: 'serve: load.tokenizer', run: () => tl.serve('models/x', { load: { tokenizer: {} } } as never), says: [/options\.load\.tokenizer is not an option/] },
];

// One model for the freeze and train rows, built before the tensor counts start.
let model: ReturnType<typeof textModel>;

before(async () => {
  await tl.tf.setBackend('cpu');
  model = textModel();
});

test('the table covers at least 30 bad calls across data, models, freeze, train, metrics, plot and deploy', () => {
  assert.ok(TABLE.length >= 30, `${TABLE.length} rows`);
});

for (const row of TABLE) {
  test(`bad call: ${row.call}`, async () => {
    const tensorsBefore = tl.tf.memory().numTensors;
    let error: unknown;
    try {
      await row.run();
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof tl.OptionError || error instanceof Error, `${row.call}: no error was thrown`);
    const message = (error as Error).message;
    for (const pattern of row.says) assert.match(message, pattern, `${row.call}: ${message}`);
    assert.equal(tl.tf.memory().numTensors - tensorsBefore, 0, 'the failed call left no tensors behind');
  });
}

test('good calls still pass: split with [train, val] gives an empty test split, an existing label column is accepted', () => {
  const { train, val, test: rest } = tl.data.split(df(), { label: 'label', ratios: [0.5, 0.5], stratify: true, seed: 1 });
  assert.equal(train.shape[0] + val.shape[0], 4);
  assert.equal(rest.shape[0], 0);
  assert.equal(train.shape[0], 2);
});

test('the accepted save formats are a list other formats can join', () => {
  assert.deepEqual([...tl.SAVE_FORMATS], ['tfjs', 'huggingface', 'onnx']);
});

test('what the specs accept still passes: undefined values, NaN zeroDivision, nested options, a schedule name', async () => {
  assert.equal(tl.metrics.f1([0, 1, 1], [0, 1, 0], { average: 'macro', zeroDivision: NaN, labels: undefined }), 2 / 3);
  assert.doesNotThrow(() => tl.freeze(model, { upTo: 'encoder', last: undefined }));
  // Past the option check, the empty data is what fails.
  const options = { schedule: 'cosine', earlyStopping: { patience: 1, mode: 'min' }, callbacks: { onEpochEnd: () => {} }, cache: false, seed: 1 } as const;
  await assert.rejects(tl.fineTune(model, { x: [], y: [] } as never, options), (e: Error) => !(e instanceof tl.OptionError));
});
