#!/usr/bin/env node
// Step 2 of building the gold NER set: applies a person's corrections to the pre-annotated
// candidates and writes data/gold/ner.jsonl (ids, offsets, labels and hashes only; no text).
// Correction lines: "N = name/TYPE; name/TYPE" replaces sentence N's entities (each name is
// found in order after the previous one), "N =" means no entities, "N x" drops the sentence.
// Sentences without a line were read and their candidates accepted as they were.
// Usage: node scripts/gold/apply-review.js CANDIDATES.json[,EXTRA.json] FIXES.txt [FIXES2.txt ...]
// (the sentences of the k-th candidates file are numbered from 1000 * k).
'use strict';
const fs = require('fs');
const path = require('path');
const { shortHash } = require('../../dist/src/data/gold-texts');
const { goldTokens, iob2Tags } = require('../../dist/src/data/gold-tokens');
const { assignSplit } = require('./split');

const [candFile, ...fixFiles] = process.argv.slice(2);
const numbered = candFile.split(',').flatMap((f, k) => JSON.parse(fs.readFileSync(f, 'utf8')).map((c, i) => [1000 * k + i, c]));
const fixes = new Map();
for (const line of fixFiles.flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'))) {
  const m = /^(\d+) (x|=)(.*)$/.exec(line.trim());
  if (!m) {
    if (line.trim()) throw new Error(`bad correction line: ${line}`);
    continue;
  }
  if (fixes.has(m[1])) throw new Error(`sentence ${m[1]} corrected twice`);
  fixes.set(m[1], m[2] === 'x' ? null : m[3].split(';').map((s) => s.trim()).filter(Boolean));
}

function locate(text, specs, n) {
  let from = 0;
  return specs.map((spec) => {
    const slash = spec.lastIndexOf('/');
    const name = spec.slice(0, slash);
    const type = spec.slice(slash + 1);
    if (!['PER', 'ORG', 'LOC', 'MISC', 'DATE', 'MONEY'].includes(type)) throw new Error(`sentence ${n}: bad type in ${spec}`);
    const at = text.indexOf(name, from);
    if (at < 0) throw new Error(`sentence ${n}: '${name}' not found after offset ${from} in: ${text}`);
    from = at + name.length;
    return { type, start: at, end: at + name.length };
  });
}

const out = [];
let edited = 0;
for (const [n, c] of numbered) {
  const fix = fixes.get(String(n));
  if (fix === null) continue;
  const entities = fix === undefined ? c.entities : locate(c.text, fix, n);
  const same = JSON.stringify(entities) === JSON.stringify(c.entities);
  if (!same) edited++;
  iob2Tags(goldTokens(c.text), entities, `sentence ${n}`);
  out.push({
    id: `${c.dataset}/${c.doc}/${c.start}`,
    dataset: c.dataset,
    doc: c.doc,
    split: assignSplit(c.dataset, c.doc),
    start: c.start,
    end: c.end,
    hash: shortHash(c.text),
    review: same ? 'accepted' : 'edited',
    entities: entities.map((e) => ({ type: e.type, start: e.start, end: e.end, hash: shortHash(c.text.slice(e.start, e.end)) })),
  });
}
const file = path.join(__dirname, '../../data/gold/ner.jsonl');
fs.writeFileSync(`${file}.tmp`, out.map((r) => JSON.stringify(r)).join('\n') + '\n');
fs.renameSync(`${file}.tmp`, file);
console.log(`${out.length} sentences kept of ${numbered.length}; ${edited} edited by hand, ${out.length - edited} accepted as pre-annotated`);
