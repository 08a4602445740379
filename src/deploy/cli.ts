// `transferlab serve DIR ...` and `transferlab predict DIR "text" ...`.
import { parseArgs } from 'util';
import { useBackend, type BackendRequest } from '../backend';
import { pipeline } from './pipeline';
import { serve, type ServeOptions } from './server';
import { SERVING_RUNTIMES, type ServingRuntime } from '../onnx';
import { isSummarizationModel } from '../models/summarization-model';

const USAGE = [
  'usage: transferlab serve DIR [--port N] [--host H] [--max-batch N] [--forward-batch N] [--batch-window-ms N] [--max-texts N] [--max-bytes N] [--max-new-tokens N] [--max-beams N] [--backend B] [--runtime R]',
  '       transferlab predict DIR "text" ... [--json] [--backend B]',
  '  --backend auto|gpu|webgpu|native|wasm|cpu (default auto: the fastest that starts here)',
  '  --runtime auto|onnx|tfjs (serve; default auto: one onnxruntime graph, converted in memory, where the model converts)',
].join('\n');

class UsageError extends Error {}

function numberOption(values: Record<string, unknown>, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got ${JSON.stringify(raw)}`);
  return n;
}

/** Picks the backend (the fastest here unless --backend says otherwise) and says which, on stderr. */
async function selectBackend(request: string | undefined): Promise<void> {
  const selection = await useBackend((request ?? 'auto') as BackendRequest, { silent: true });
  console.error(`transferlab: ${selection.toString().split('\n')[0]}`);
}

async function runServe(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'max-batch': { type: 'string' },
      'forward-batch': { type: 'string' },
      'batch-window-ms': { type: 'string' },
      'max-texts': { type: 'string' },
      'max-bytes': { type: 'string' },
      'max-new-tokens': { type: 'string' },
      'max-beams': { type: 'string' },
      backend: { type: 'string' },
      runtime: { type: 'string' },
    },
  });
  if (values.runtime !== undefined && !(SERVING_RUNTIMES as readonly string[]).includes(values.runtime)) {
    throw new UsageError(`--runtime must be one of ${SERVING_RUNTIMES.join(', ')}, got ${JSON.stringify(values.runtime)}`);
  }
  if (positionals.length !== 1) throw new UsageError('serve takes exactly one directory (a model written by tl.save)');
  const options: ServeOptions = {
    port: numberOption(values, 'port'),
    host: values.host,
    maxBatch: numberOption(values, 'max-batch'),
    forwardBatch: numberOption(values, 'forward-batch'),
    batchWindowMs: numberOption(values, 'batch-window-ms'),
    maxTexts: numberOption(values, 'max-texts'),
    maxBytes: numberOption(values, 'max-bytes'),
    runtime: values.runtime as ServingRuntime | undefined,
    maxNewTokens: numberOption(values, 'max-new-tokens'),
    maxBeams: numberOption(values, 'max-beams'),
  };
  await selectBackend(values.backend);
  const server = await serve(positionals[0], options);
  if (server.fallback) console.error(`transferlab: ${server.fallback}`);
  console.log(`transferlab: serving ${positionals[0]} with ${server.runtime === 'onnx' ? 'onnxruntime' : 'tfjs'} on ${server.url} (POST /predict, GET /health /metadata /metrics)`);
  return new Promise<number>((resolve) => {
    let closing = false;
    const stop = (signal: NodeJS.Signals) => {
      if (closing) {
        console.error(`transferlab: ${signal} again, exiting without waiting`);
        process.exit(1);
      }
      closing = true;
      console.log(`transferlab: ${signal}, finishing requests in flight`);
      server.close().then(
        () => resolve(0),
        (err: Error) => {
          console.error(`transferlab: shutdown failed: ${err.message}`);
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

async function runPredict(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, backend: { type: 'string' } },
  });
  const [dir, ...texts] = positionals;
  if (!dir || texts.length === 0) throw new UsageError('predict needs a directory and at least one text');
  await selectBackend(values.backend);
  const predict = await pipeline(dir);
  const model: unknown = predict.model; // tl.load gives a summarizer for a summarizer's directory
  if (isSummarizationModel(model)) {
    const summaries = await model.predict(texts);
    if (values.json) console.log(JSON.stringify({ predictions: summaries }));
    else summaries.forEach((p) => console.log(p.summary.replace(/\n/g, ' ')));
    return 0;
  }
  const predictions = await predict(texts);
  if (values.json) {
    console.log(JSON.stringify({ labels: predict.model.labels, predictions }));
  } else {
    predictions.forEach((p, i) => console.log(`${p.label}\t${p.score.toFixed(4)}\t${texts[i]}`));
  }
  return 0;
}

/** Entry point used by bin/transferlab.js; returns the exit code. */
export async function main(command: string, args: string[]): Promise<number> {
  try {
    if (command === 'serve') return await runServe(args);
    if (command === 'predict') return await runPredict(args);
    throw new UsageError(`unknown command ${command}`);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`transferlab ${command}: ${(err as Error).message}\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}
