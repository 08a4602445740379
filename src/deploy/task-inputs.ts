// What POST /predict takes, per task: one row of this table per TextTask says how a body's
// "texts" are checked (a bad one becomes a 4xx that says what to send) and how /metadata
// describes the input. A task whose predict takes per-request options (summarization's
// generation settings) returns them; the server then runs that request on its own.
import type { TextTask } from '../models/types';
import { RequestError, textsFromBody, type RequestLimits } from './predict-request';

export interface TaskRequest {
  inputs: unknown[];
  /** Per-request options for model.predict; such a request is not batched with others. */
  options?: Record<string, unknown>;
}

export interface TaskInput {
  /** What "texts" holds, for /metadata and error messages. */
  describe: string;
  /** A body that works, for error messages. */
  example: string;
  parse(body: unknown, limits: RequestLimits): TaskRequest;
}

const STRINGS: TaskInput = {
  describe: 'strings',
  example: '{"texts": ["some text", ...]}',
  parse: (body, limits) => ({ inputs: textsFromBody(body, limits) }),
};

const QA_EXAMPLE = '{"texts": [{"question": "Who directed it?", "context": "The film was directed by Jane Doe."}]}';

function kind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/** The texts of a body, as an array, or a 400 naming what is wrong. */
function textsArray(body: unknown, example: string, limits: RequestLimits): unknown[] {
  const send = `send ${example}`;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new RequestError(400, `the body must be a JSON object; ${send}`);
  const texts = (body as { texts?: unknown }).texts;
  if (texts === undefined) throw new RequestError(400, `missing "texts"; ${send}`);
  if (!Array.isArray(texts)) throw new RequestError(400, `"texts" must be an array; ${send}`);
  if (texts.length === 0) throw new RequestError(400, `"texts" is empty; ${send}`);
  if (texts.length > limits.maxTexts) {
    throw new RequestError(413, `${texts.length} texts in one request; the limit is ${limits.maxTexts} (split the request or start the server with a larger --max-texts)`);
  }
  return texts;
}

const QUESTION_ANSWERING: TaskInput = {
  describe: 'objects {"question": string, "context": string}',
  example: QA_EXAMPLE,
  parse(body, limits) {
    const texts = textsArray(body, QA_EXAMPLE, limits);
    texts.forEach((t, i) => {
      if (t === null || typeof t !== 'object' || Array.isArray(t)) {
        throw new RequestError(400, `"texts"[${i}] is ${kind(t)}; a question-answering model takes {"question": "...", "context": "..."} objects: send ${QA_EXAMPLE}`);
      }
      for (const field of ['question', 'context'] as const) {
        const v = (t as Record<string, unknown>)[field];
        if (v === undefined) throw new RequestError(400, `"texts"[${i}] has no "${field}"; send ${QA_EXAMPLE}`);
        if (typeof v !== 'string') throw new RequestError(400, `"texts"[${i}].${field} is ${kind(v)}, not a string; send ${QA_EXAMPLE}`);
      }
    });
    return { inputs: texts.map((t) => ({ question: (t as { question: string }).question, context: (t as { context: string }).context })) };
  },
};

const SUMMARY_EXAMPLE = '{"texts": ["a long text", ...], "options": {"maxNewTokens": 60}}';

// The hook for the summarization lane: strings, plus an optional "options" object passed to predict.
const SUMMARIZATION: TaskInput = {
  describe: 'strings, with an optional "options" object (generation settings, see GenerateOptions)',
  example: SUMMARY_EXAMPLE,
  parse(body, limits) {
    const { inputs } = STRINGS.parse(body, limits);
    const options = (body as { options?: unknown }).options;
    if (options === undefined) return { inputs };
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw new RequestError(400, `"options" must be an object; send ${SUMMARY_EXAMPLE}`);
    }
    return { inputs, options: options as Record<string, unknown> };
  },
};

export const TASK_INPUTS: Record<TextTask, TaskInput> = {
  'sequence-classification': STRINGS,
  'token-classification': STRINGS,
  'question-answering': QUESTION_ANSWERING,
  summarization: SUMMARIZATION,
};

/** The input rules of a model's task; strings for a task this table does not name. */
export function taskInput(task: unknown): TaskInput {
  return TASK_INPUTS[task as TextTask] ?? STRINGS;
}
