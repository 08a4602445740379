// SQuAD v1.1 / v2.0: the nested JSON of the official files ({ data: [{ title,
// paragraphs: [{ context, qas }] }] }) or flat rows as the hub serves them
// ({ id, title, context, question, answers: { text: [], answer_start: [] } }),
// both read into one record per question. v2's unanswerable questions have no answers.
import { promises as fs } from 'fs';

export interface QaRecord {
  id: string;
  title?: string;
  question: string;
  context: string;
  /** Gold answers: texts and their UTF-16 start in context (parallel arrays; empty when unanswerable). */
  answers: { text: string[]; answerStart: number[] };
  /** SQuAD v2: the context does not answer the question. */
  isImpossible: boolean;
}

interface RawAnswer {
  text?: unknown;
  answer_start?: unknown;
}

// Answers whose recorded start is off by a few characters (a known wart of SQuAD's files) are found this near.
const START_SLACK = 20;

function answerAt(context: string, text: string, start: number, where: string): number {
  if (context.slice(start, start + text.length) === text) return start;
  let best = -1;
  for (let d = 1; d <= START_SLACK && best < 0; d++) {
    if (context.slice(start - d, start - d + text.length) === text) best = start - d;
    else if (context.slice(start + d, start + d + text.length) === text) best = start + d;
  }
  if (best < 0) throw new Error(`${where}: answer ${JSON.stringify(text)} is not at answer_start ${start} of its context (nor within ${START_SLACK} characters); fix answer_start.`);
  return best;
}

function answersOf(raw: unknown, context: string, where: string): { text: string[]; answerStart: number[] } {
  const text: string[] = [];
  const answerStart: number[] = [];
  const push = (t: unknown, s: unknown, k: number) => {
    if (typeof t !== 'string' || typeof s !== 'number' || !Number.isInteger(s)) {
      throw new Error(`${where}: answer ${k} needs a string 'text' and an integer 'answer_start'.`);
    }
    text.push(t);
    answerStart.push(answerAt(context, t, s, where));
  };
  if (Array.isArray(raw)) (raw as RawAnswer[]).forEach((a, k) => push(a?.text, a?.answer_start, k));
  else if (raw && typeof raw === 'object') {
    const { text: texts, answer_start: starts } = raw as { text?: unknown; answer_start?: unknown };
    if (!Array.isArray(texts) || !Array.isArray(starts) || texts.length !== starts.length) {
      throw new Error(`${where}: answers must be { text: string[], answer_start: number[] } of equal length.`);
    }
    texts.forEach((t, k) => push(t, starts[k], k));
  } else if (raw !== undefined && raw !== null) throw new Error(`${where}: answers must be a list of { text, answer_start } or { text: [], answer_start: [] }.`);
  return { text, answerStart };
}

function record(row: Record<string, unknown>, context: unknown, title: unknown, where: string): QaRecord {
  if (typeof row.question !== 'string') throw new Error(`${where}: 'question' must be a string.`);
  if (typeof context !== 'string') throw new Error(`${where}: 'context' must be a string.`);
  const answers = answersOf(row.answers, context, where);
  const isImpossible = row.is_impossible === true || answers.text.length === 0;
  return {
    id: row.id === undefined ? where : String(row.id),
    ...(typeof title === 'string' ? { title } : {}),
    question: row.question,
    context,
    answers: isImpossible ? { text: [], answerStart: [] } : answers,
    isImpossible,
  };
}

/** SQuAD records from parsed JSON (the official nested form) or an array of flat rows. */
export function parseSquad(json: unknown, source = 'SQuAD data'): QaRecord[] {
  if (Array.isArray(json)) return json.map((row, i) => record(row as Record<string, unknown>, (row as { context?: unknown })?.context, (row as { title?: unknown })?.title, `${source} row ${i}`));
  const data = (json as { data?: unknown })?.data;
  if (!Array.isArray(data)) throw new Error(`${source}: expected SQuAD JSON { data: [{ title, paragraphs: [{ context, qas }] }] } or an array of rows { question, context, answers }.`);
  const out: QaRecord[] = [];
  data.forEach((article: { title?: unknown; paragraphs?: unknown }, a) => {
    if (!Array.isArray(article?.paragraphs)) throw new Error(`${source}: data[${a}] has no 'paragraphs' array.`);
    article.paragraphs.forEach((p: { context?: unknown; qas?: unknown }, k: number) => {
      if (!Array.isArray(p?.qas)) throw new Error(`${source}: data[${a}].paragraphs[${k}] has no 'qas' array.`);
      p.qas.forEach((qa: Record<string, unknown>, q: number) => out.push(record(qa, p.context, article.title, `${source} data[${a}].paragraphs[${k}].qas[${q}]`)));
    });
  });
  return out;
}

/** SQuAD records from a .json file (nested or an array of rows) or a .jsonl file of rows. */
export async function readSquad(file: string): Promise<QaRecord[]> {
  const text = await fs.readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new Error(`readSquad: cannot read ${file} (${e.code ?? e.message}).`);
  });
  try {
    if (/\.jsonl$|\.ndjson$/i.test(file)) return parseSquad(text.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => JSON.parse(l)), file);
    return parseSquad(JSON.parse(text), file);
  } catch (e) {
    if (e instanceof SyntaxError) throw new Error(`readSquad: ${file} is not valid JSON (${e.message}).`);
    throw e;
  }
}
