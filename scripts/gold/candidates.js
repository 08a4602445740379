#!/usr/bin/env node
// Step 1 of building the gold NER set (see data/gold/DATASHEET.md): picks sentences from seeded
// random IMDB reviews and SpamAssassin messages, pre-annotates them with the rule tagger and
// writes them, numbered, for a person to review. Needs a build (dist/). Usage:
//   node scripts/gold/candidates.js OUT.json OUT-review.txt
//   node scripts/gold/candidates.js OUT.json OUT-review.txt --extra FIRST.json
// The second form adds a batch from other documents, limited to sentences holding a currency sign,
// a number or a month or weekday name, so that DATE and MONEY get enough examples.
'use strict';
const fs = require('fs');
const { goldDocIds, goldDocText } = require('../../dist/src/data/gold-texts');
const { ruleEntities } = require('../../dist/src/baselines/rule-ner');

const [outJson, outText, flag, firstJson] = process.argv.slice(2);
const extra = flag === '--extra';
const usedDocs = new Set(extra ? JSON.parse(fs.readFileSync(firstJson, 'utf8')).map((p) => `${p.dataset}/${p.doc}`) : []);
const TARGET = extra ? { imdb: 60, 'spam-assassin': 90 } : { imdb: 440, 'spam-assassin': 200 };
const NUMERIC = /[$£€]|\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentence spans [start, end) of a document: lines, then sentence ends followed by a capital. */
function sentences(text) {
  const out = [];
  const re = /[^\n]+/g;
  let m;
  while ((m = re.exec(text))) {
    const line = m[0];
    const cut = /[.!?]+["')\]]?\s+(?=["'(]?[A-Z0-9])/g;
    let from = 0;
    let c;
    const pieces = [];
    while ((c = cut.exec(line))) {
      pieces.push([from, c.index + c[0].trimEnd().length]);
      from = c.index + c[0].length;
    }
    pieces.push([from, line.length]);
    for (const [a, b] of pieces) {
      const s = line.slice(a, b);
      const lead = s.length - s.trimStart().length;
      const t = s.trim();
      if (t) out.push({ start: m.index + a + lead, end: m.index + a + lead + t.length });
    }
  }
  return out;
}

function eligible(s, dataset) {
  const words = s.split(/\s+/).length;
  if (s.length < 30 || s.length > 260 || words < 6) return false;
  const letters = (s.match(/\p{L}/gu) || []).length;
  if (letters / s.length < 0.7) return false;
  if (dataset === 'spam-assassin') {
    if (/@|https?:|www\.|^>|\|/.test(s)) return false;
    const caps = (s.match(/\p{Lu}/gu) || []).length;
    if (caps / letters > 0.4) return false;
  }
  return true;
}

const picked = [];
for (const [dataset, target] of Object.entries(TARGET)) {
  const random = rng((dataset === 'imdb' ? 13 : 1313) + (extra ? 7 : 0));
  const ids = goldDocIds(dataset);
  const order = ids.map((id) => [random(), id]).sort((a, b) => a[0] - b[0]).map((p) => p[1]);
  let count = 0;
  for (const doc of order) {
    if (count >= target) break;
    if (usedDocs.has(`${dataset}/${doc}`)) continue;
    const text = goldDocText({ dataset, doc });
    const cands = sentences(text)
      .map((s) => ({ ...s, text: text.slice(s.start, s.end) }))
      .filter((s) => eligible(s.text, dataset) && (!extra || NUMERIC.test(s.text)))
      .map((s) => ({ ...s, entities: ruleEntities(s.text) }));
    if (!cands.length) continue;
    // Mostly sentences the tagger finds something in, but some it does not, so recall is measured too.
    const withEnts = cands.filter((s) => s.entities.length);
    const without = cands.filter((s) => !s.entities.length);
    const take = [];
    const pool = extra || random() < 0.8 ? withEnts : without;
    const rest = pool === withEnts ? without : withEnts;
    for (const s of [...pool.sort(() => random() - 0.5), ...rest.sort(() => random() - 0.5)]) {
      if (take.length >= (extra ? 1 : 2)) break;
      take.push(s);
    }
    for (const s of take.sort((a, b) => a.start - b.start)) {
      picked.push({ dataset, doc, start: s.start, end: s.end, text: s.text, entities: s.entities });
      count++;
    }
  }
}
fs.writeFileSync(outJson, JSON.stringify(picked));
const mark = (p) => {
  let out = '';
  let at = 0;
  for (const e of p.entities) {
    out += p.text.slice(at, e.start) + `[${p.text.slice(e.start, e.end)}|${e.type}]`;
    at = e.end;
  }
  return out + p.text.slice(at);
};
fs.writeFileSync(outText, picked.map((p, i) => `${i + (extra ? 1000 : 0)} ${mark(p).replace(/\s+/g, ' ')}`).join('\n') + '\n');
console.log(`${picked.length} sentences, ${picked.reduce((n, p) => n + p.entities.length, 0)} candidate entities`);
