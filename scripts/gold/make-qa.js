#!/usr/bin/env node
// Builds data/gold/qa.jsonl from the reviewed NER set (see data/gold/DATASHEET.md): for each
// annotated sentence, one question whose answer is one of its reviewed entities. The question is
// the sentence's clause around the entity with the entity replaced by a question phrase for its
// type (a subject question when the entity opens the sentence, an echo question otherwise).
// The context is a window of the same document around the sentence. About a quarter of the
// questions are paired instead with a window of the same document (or, for short documents,
// of another document of the same split) that holds neither the sentence nor the answer: SQuAD
// v2's unanswerable questions. Needs a build (dist/). Usage: node scripts/gold/make-qa.js
'use strict';
const fs = require('fs');
const path = require('path');
const { goldDocText, shortHash } = require('../../dist/src/data/gold-texts');

const root = path.join(__dirname, '../..');
const ner = fs.readFileSync(path.join(root, 'data/gold/ner.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

let seed = 2026;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(random() * xs.length)];

const PHRASES = {
  PER: ['who', 'who', 'which person'],
  ORG: ['which organisation', 'what organisation', 'which company or group'],
  LOC: ['which place', 'where', 'which country, city or region'],
  MISC: ['what', 'which title or name', 'which title'],
  DATE: ['when', 'what date or period'],
  MONEY: ['how much', 'what amount of money'],
};
// Rarer types first, so that every type is asked about.
const PRIORITY = ['MONEY', 'DATE', 'LOC', 'ORG', 'MISC', 'PER'];
const WORD = /[\p{L}\p{N}]/u;
const CLAUSE_STOP = /[.;:!?()"“”\[\]\n]/;

const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ian|can|ish|ese|ch)$/u;
const FUNCTION_WORD = /^(?:The|This|That|These|And|But|So|If|A|An|In|On|Of|For|What|When|Which|Who|Where|How|Since|As|Yes|Hi|Anyone|Recently|Actually|Of course)\b/;
const DETERMINER = /^(?:a|an|the)$/i;

/** Cuts words at the last (fromEnd) or first comma, when enough words are left on the entity's side. */
function atComma(words, fromEnd) {
  const idx = fromEnd ? words.map((w) => w.endsWith(',')).lastIndexOf(true) : words.findIndex((w) => w.endsWith(','));
  if (idx < 0) return words;
  const kept = fromEnd ? words.slice(idx + 1) : words.slice(0, idx + 1);
  return kept.length >= 3 ? kept : words;
}

/** Words of the sentence left and right of the entity, up to the clause edge or maxWords. */
function clause(text, start, end, maxWords) {
  let left = text.slice(0, start);
  let right = text.slice(end);
  const l = Math.max(...[...left.matchAll(/[.;:!?()"“”\[\]\n]/g)].map((m) => m.index + 1), 0);
  left = left.slice(l);
  const r = right.search(CLAUSE_STOP);
  if (r >= 0) right = right.slice(0, r);
  const lw = left.trim().split(/\s+/).filter(Boolean);
  const rw = right.trim().split(/\s+/).filter(Boolean);
  const left9 = lw.length > maxWords ? atComma(lw.slice(-maxWords), true) : lw;
  const right9 = rw.length > maxWords ? atComma(rw.slice(0, maxWords), false) : rw;
  return { left: left9, right: right9, rightRaw: right };
}

function question(text, e, dataset) {
  const { left, right, rightRaw } = clause(text, e.start, e.end, 9);
  const name = text.slice(e.start, e.end);
  let phrase = e.type === 'MISC' && NATIONALITY.test(name) ? pick(['of what nationality or origin', 'what nationality']) : pick(PHRASES[e.type]);
  // "an [African] elephant" -> "of what nationality elephant" reads badly with the article left in.
  while (left.length && DETERMINER.test(left[left.length - 1])) left.pop();
  let rest = right.join(' ');
  if (e.type === 'PER' && /^['’]s\b/.test(rightRaw)) {
    phrase = 'whose';
    rest = rightRaw.replace(/^['’]s\b/, '').trim().split(/\s+/).filter(Boolean).slice(0, 9).join(' ');
  } else if (/^['’]s?\b/.test(rightRaw)) {
    phrase = `${phrase}'s`;
    rest = rest.replace(/^['’]s?/, '').trim();
  }
  if (e.type === 'DATE' && /^(?:1[89]|20)\d\d$/.test(text.slice(e.start, e.end))) phrase = pick(['which year', 'when']);
  const contentWords = [...left, ...rest.split(/\s+/)].filter((w) => WORD.test(w)).length;
  if (contentWords < 3) return null;
  let q = [...left, phrase, rest].filter(Boolean).join(' ').replace(/\s+([,])/g, '$1').replace(/^[,\-–—\s]+|[,\-–—\s]+$/g, '');
  if (random() < 0.3) q = (dataset === 'imdb' ? 'According to the review, ' : 'According to the message, ') + q.replace(FUNCTION_WORD, (w) => w.toLowerCase());
  else q = q[0].toUpperCase() + q.slice(1);
  return { text: `${q}?`, kind: left.length === 0 ? 'subject' : 'echo' };
}

/** A window [start, end) of a document around [from, to), widened to line or sentence starts and ends. */
function windowAround(doc, from, to, before, after) {
  let start = Math.max(0, from - before);
  let end = Math.min(doc.length, to + after);
  const head = doc.slice(start, from);
  const cut = Math.max(head.search(/(?<=[.!?]\s|\n)\S/), 0);
  start = start === 0 ? 0 : start + cut;
  const tail = doc.slice(to, end);
  const stops = [...tail.matchAll(/[.!?](?=\s)|\n/g)];
  if (stops.length && end < doc.length) end = to + stops[stops.length - 1].index + 1;
  while (/\s/.test(doc[start] ?? '')) start++;
  while (end > start && /\s/.test(doc[end - 1])) end--;
  return { start, end };
}

const out = [];
const bySplit = {};
for (const s of ner) (bySplit[`${s.dataset}/${s.split}`] ??= []).push(s);
for (const s of ner) {
  if (!s.entities.length) continue;
  const doc = goldDocText(s);
  const text = doc.slice(s.start, s.end);
  const order = [...s.entities].sort((a, b) => PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type) || random() - 0.5);
  let q = null;
  let e;
  for (e of order) if ((q = question(text, e, s.dataset))) break;
  if (!q) continue;
  const answerText = text.slice(e.start, e.end);
  const unanswerable = random() < 0.25;
  let ctx;
  let ctxDoc = s;
  if (unanswerable) {
    // Prefer another part of the same document; fall back to another document of the same split.
    const len = 250 + Math.floor(random() * 350);
    const absent = (w, d) => !d.slice(w.start, w.end).toLowerCase().includes(answerText.toLowerCase()) && (w.end <= s.start || w.start >= s.end || d !== doc);
    const candidates = [];
    if (s.start > len) candidates.push(windowAround(doc, s.start - len, s.start - len + 1, 0, len));
    if (doc.length - s.end > len) candidates.push(windowAround(doc, s.end + 1, s.end + 2, 0, len));
    ctx = candidates.find((w) => w.end - w.start > 120 && absent(w, doc));
    if (!ctx) {
      const others = bySplit[`${s.dataset}/${s.split}`].filter((o) => o.doc !== s.doc);
      for (let tries = 0; tries < 20 && !ctx; tries++) {
        const o = pick(others);
        const od = goldDocText(o);
        const w = windowAround(od, o.start, o.end, 150 + Math.floor(random() * 200), 150 + Math.floor(random() * 200));
        if (absent(w, od)) {
          ctx = w;
          ctxDoc = o;
        }
      }
    }
    if (!ctx) continue;
  } else {
    ctx = windowAround(doc, s.start, s.end, 100 + Math.floor(random() * 300), 100 + Math.floor(random() * 300));
  }
  const ctxText = goldDocText(ctxDoc).slice(ctx.start, ctx.end);
  const answers = unanswerable ? [] : [{ start: s.start + e.start - ctx.start, end: s.start + e.end - ctx.start }];
  answers.forEach((a) => {
    if (ctxText.slice(a.start, a.end) !== answerText) throw new Error(`answer misplaced for ${s.id}`);
  });
  out.push({
    id: `${s.id}/q${e.start}${unanswerable ? 'u' : ''}`,
    dataset: s.dataset,
    doc: ctxDoc.doc,
    split: s.split,
    source: s.id,
    kind: q.kind,
    type: e.type,
    question: q.text,
    context: { start: ctx.start, end: ctx.end, hash: shortHash(ctxText) },
    answers: answers.map((a) => ({ ...a, hash: shortHash(answerText) })),
  });
}
const file = path.join(root, 'data/gold/qa.jsonl');
fs.writeFileSync(`${file}.tmp`, out.map((r) => JSON.stringify(r)).join('\n') + '\n');
fs.renameSync(`${file}.tmp`, file);
const count = (f) => out.filter(f).length;
console.log(`${out.length} questions: ${count((r) => r.answers.length)} answerable, ${count((r) => !r.answers.length)} unanswerable; splits`,
  ['train', 'val', 'test'].map((sp) => `${sp} ${count((r) => r.split === sp)}`).join(', '));
