// tl.serve(dir | model): the HTTP JSON service behind `npx transferlab serve`.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { isTextModel } from '../models/is-text-model';
import type { TextModel } from '../models/types';
import type { QuestionAnsweringModel } from '../models/qa/types';
import { taskInput } from './task-inputs';
import { loadAny, type LoadOptions } from './load';
import { isSummarizationModel, type SummarizationModel } from '../models/summarization-model';
import { DEFAULT_GENERATION_CAPS, summarizationInput, summarizeRequest } from './summarization-request';
import { summarizationCard } from './summarizer-files';
import { buildModelCard, type ModelCard } from './model-card';
import { MicroBatcher } from './micro-batcher';
import { RequestError } from './predict-request';
import { createServerMetrics } from './server-metrics';
import type { SavedModelInfo } from './saved-model';
import { checkOptions } from '../options';
import { SERVE_SPEC } from './option-specs';
import { chooseServingRuntime, type ServingRuntime } from '../onnx';

export interface ServeOptions {
  /** 0 picks a free port. Default 8080. */
  port?: number;
  /** Default 127.0.0.1 (this machine only); '0.0.0.0' listens on every interface. */
  host?: string;
  /** Most texts per model call. Default 32. */
  maxBatch?: number;
  /**
   * Most texts per forward pass within a model call. Default 32. USE-lite
   * models pack a pass's texts side by side (no padding); others sort them by
   * length and split where a pass costs less than the padding it saves.
   */
  forwardBatch?: number;
  /**
   * How long a request may wait for others to share its model call, when the
   * last call suggests more are coming (a lone client never waits). Default 2 ms.
   */
  batchWindowMs?: number;
  /** Most texts per request. Default 64. */
  maxTexts?: number;
  /** Largest request body in bytes. Default 1 MiB. */
  maxBytes?: number;
  /** How a directory is loaded (see tl.load). */
  load?: LoadOptions;
  /**
   * 'onnx': run the model as one onnxruntime graph (a TF.js model is converted in memory at
   * start-up); 'tfjs': run it on tfjs as loaded; 'auto': onnx where the model converts and
   * onnxruntime-node loads, else tfjs (Server.fallback says why). Default 'auto' for a
   * directory, 'tfjs' for an in-memory model.
   */
  runtime?: ServingRuntime;
  /** Summarization models: the largest maxNewTokens a request may ask for. Default 256. */
  maxNewTokens?: number;
  /** Summarization models: the largest numBeams a request may ask for. Default 8. */
  maxBeams?: number;
}

export interface Server<M extends TextModel | SummarizationModel = TextModel> {
  /** e.g. http://127.0.0.1:8080 */
  readonly url: string;
  /** The model served (for a directory: what tl.load read, a summarizer included). */
  readonly model: M;
  /** What answers requests. */
  readonly runtime: 'onnx' | 'tfjs';
  /** Why 'auto' kept tfjs, when it did (one line). */
  readonly fallback?: string;
  /** Stops accepting connections, finishes requests in flight, then resolves. */
  close(): Promise<void>;
  toString(): string;
}

const ROUTES: Record<string, string> = {
  '/predict': 'POST',
  '/health': 'GET',
  '/metadata': 'GET',
  '/metrics': 'GET',
};
// GET routes answer HEAD already (fastify adds it); every other method gets a 405.
const OTHER_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

interface Settings {
  maxBatch: number;
  forwardBatch: number;
  batchWindowMs: number;
  maxTexts: number;
  maxBytes: number;
  maxNewTokens: number;
  maxBeams: number;
}

function settingsFrom(options: ServeOptions): Settings {
  const settings = {
    maxBatch: options.maxBatch ?? 32,
    forwardBatch: options.forwardBatch ?? 32,
    batchWindowMs: options.batchWindowMs ?? 2,
    maxTexts: options.maxTexts ?? 64,
    maxBytes: options.maxBytes ?? 1024 * 1024,
    maxNewTokens: options.maxNewTokens ?? DEFAULT_GENERATION_CAPS.maxNewTokens,
    maxBeams: options.maxBeams ?? DEFAULT_GENERATION_CAPS.maxBeams,
  };
  for (const [name, v] of Object.entries(settings)) {
    const ok = Number.isFinite(v) && v >= 0 && (name === 'batchWindowMs' || (Number.isInteger(v) && v > 0));
    if (!ok) throw new RangeError(`serve: ${name} is ${v}; it must be a ${name === 'batchWindowMs' ? 'number >= 0' : 'positive integer'}.`);
  }
  return settings;
}

function metadataOf(model: TextModel | SummarizationModel, card: ModelCard, saved: SavedModelInfo | undefined, settings: Settings, runtime: string) {
  return {
    runtime,
    card,
    labels: model.config.labels,
    maxLength: model.config.maxLength,
    task: model.config.task,
    input: taskInput(model.config.task).describe,
    preprocessing: saved?.preprocessing,
    savedAt: saved?.savedAt,
    tfjsVersion: saved?.tfjsVersion,
    limits: settings,
    ...(isSummarizationModel(model) ? { input: summarizationInput(settings) } : {}),
  };
}

function buildApp(model: TextModel | SummarizationModel, card: ModelCard, saved: SavedModelInfo | undefined, settings: Settings, runtime: string): FastifyInstance {
  const metrics = createServerMetrics();
  const input = taskInput(model.config.task);
  // Each task's predict takes its own inputs (strings, { question, context }, ...), checked by task-inputs.ts.
  const predict = (inputs: unknown[], options: Record<string, unknown>) =>
    (model.predict as unknown as (inputs: unknown[], options: Record<string, unknown>) => Promise<unknown[]>).call(model, inputs, options);
  const batcher = new MicroBatcher<unknown, unknown>((inputs) => predict(inputs, { batchSize: settings.forwardBatch }), {
    maxBatch: settings.maxBatch,
    windowMs: settings.batchWindowMs,
    onBatch: (size, seconds) => {
      metrics.batchSizes.observe(size);
      metrics.batchSeconds.observe(seconds);
    },
  });

  const app = Fastify({ bodyLimit: settings.maxBytes, logger: false });
  // Any content type is read as JSON: `curl -d` sends form encoding by default.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => {
    if (body === '') return done(null, undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch (err) {
      done(new RequestError(400, `the body is not valid JSON (${(err as Error).message}); send ${input.example}`), undefined);
    }
  });

  const started = new WeakMap<FastifyRequest, bigint>();
  app.addHook('onRequest', async (req) => {
    started.set(req, process.hrtime.bigint());
  });
  app.addHook('onResponse', async (req: FastifyRequest, reply: FastifyReply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: req.method, route, status: String(reply.statusCode) });
    const t0 = started.get(req);
    if (t0 !== undefined) metrics.latency.observe({ route }, Number(process.hrtime.bigint() - t0) / 1e9);
  });

  // While shutting down, answers close their connection so keep-alive clients
  // do not hold the server open until their idle timeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_req, reply) => {
    if (closing) void reply.header('connection', 'close');
  });

  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) process.stderr.write(`transferlab serve: ${err.stack ?? err.message}\n`);
    const message =
      status === 413 && !(err instanceof RequestError)
        ? `the body is larger than the limit of ${settings.maxBytes} bytes (start the server with a larger --max-bytes)`
        : err.message;
    void reply.code(status).send({ error: message, statusCode: status });
  });
  app.setNotFoundHandler((req, reply) => {
    const routes = Object.entries(ROUTES).map(([url, m]) => `${m} ${url}`).join(', ');
    void reply.code(404).send({ error: `no route ${req.method} ${req.url}; routes: ${routes}`, statusCode: 404 });
  });

  app.post('/predict', async (req) => {
    // Summaries are not micro-batched: each request carries its own generation options, capped by the server's flags.
    if (isSummarizationModel(model)) return summarizeRequest(model, req.body, settings);
    const { inputs, options } = input.parse(req.body, settings);
    const predictions = options ? await predict(inputs, { ...options, batchSize: settings.forwardBatch }) : await batcher.submit(inputs);
    return { labels: model.config.labels, predictions };
  });
  app.get('/health', async () => ({ status: 'ok' }));
  const metadata = metadataOf(model, card, saved, settings, runtime);
  app.get('/metadata', async () => metadata);
  app.get('/metrics', async (_req, reply) => {
    metrics.queued.set(batcher.pending);
    void reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
  for (const [url, allowed] of Object.entries(ROUTES)) {
    app.route({
      method: OTHER_METHODS.filter((m) => m !== allowed && !(allowed === 'GET' && m === 'HEAD')),
      url,
      handler: async (req, reply) => {
        void reply.code(405).header('allow', allowed === 'GET' ? 'GET, HEAD' : allowed);
        return { error: `${req.method} is not allowed on ${url}; use ${allowed}`, statusCode: 405 };
      },
    });
  }
  return app;
}

/** Serves a saved model directory, an in-memory TextModel, question answerer or summarization model over HTTP. */
export function serve(source: string | TextModel | QuestionAnsweringModel, options?: ServeOptions): Promise<Server>;
export function serve<M extends SummarizationModel>(source: M, options?: ServeOptions): Promise<Server<M>>;
export async function serve(source: string | TextModel | QuestionAnsweringModel | SummarizationModel, options: ServeOptions = {}): Promise<Server<TextModel | SummarizationModel>> {
  checkOptions('tl.serve(source, options)', 'options', options, SERVE_SPEC);
  const settings = settingsFrom(options);
  let model: TextModel | SummarizationModel;
  let saved: SavedModelInfo | undefined;
  let card: ModelCard;
  if (typeof source === 'string') {
    const loaded = await loadAny(source, options.load);
    saved = 'preprocessing' in loaded.saved ? loaded.saved : undefined;
    model = loaded;
    card = loaded.saved.card;
  } else if (isSummarizationModel(source)) {
    model = source;
    card = summarizationCard(source);
  } else if (isTextModel(source)) {
    model = source as TextModel;
    card = buildModelCard(model);
  } else {
    throw new TypeError('serve(source): source must be a saved model directory or a TextModel.');
  }
  // Summarizers run on tfjs (generation is not an ONNX graph here); classifiers may be converted.
  const choice: { model: TextModel | SummarizationModel; runtime: 'onnx' | 'tfjs'; fallback?: string } = isSummarizationModel(model)
    ? { model, runtime: 'tfjs' }
    : await chooseServingRuntime(model, options.runtime ?? (typeof source === 'string' ? 'auto' : 'tfjs'), typeof source === 'string' ? source : 'the model');
  // A directory's tfjs weights are not needed once converted; a caller's model stays theirs.
  if (choice.model !== model && typeof source === 'string') (model as TextModel).model.dispose();
  const converted = choice.model !== model;
  model = choice.model;
  const app = buildApp(model, card, saved, settings, choice.runtime);
  const port = options.port ?? 8080;
  const host = options.host ?? '127.0.0.1';
  let url: string;
  try {
    url = await app.listen({ port, host });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    throw new Error(`port ${port} on ${host} is already in use; choose another with --port N (port 0 picks a free one).`);
  }
  return {
    url,
    model,
    runtime: choice.runtime,
    ...(choice.fallback ? { fallback: choice.fallback } : {}),
    close: async () => {
      await app.close();
      if (converted) (model as { dispose?: () => void }).dispose?.();
    },
    toString: () => `transferlab server on ${url} (POST /predict, GET /health /metadata /metrics)`,
  };
}
