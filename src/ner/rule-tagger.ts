// The rule/dictionary NER baseline (src/baselines/rule-ner.ts) as a tagger that tl.evaluate scores
// the same way as a model: entities per text.
import type { EntityPrediction } from '../models/types';
import { ruleEntities } from '../baselines/rule-ner';
import type { EntityTagger } from './evaluate-entities';

/** tl.ruleNerTagger(): regular expressions for MONEY and DATE, gazetteers and capitalisation for PER ORG LOC MISC. */
export function ruleNerTagger(): EntityTagger {
  return {
    config: { task: 'token-classification', base: 'rules' },
    async predict(texts: string[]): Promise<EntityPrediction[]> {
      if (!Array.isArray(texts)) throw new TypeError('ruleNerTagger().predict: expected an array of strings.');
      return texts.map((text, i) => {
        if (typeof text !== 'string') throw new TypeError(`ruleNerTagger().predict: texts[${i}] is ${typeof text}, expected a string.`);
        return { entities: ruleEntities(text).map((e) => ({ type: e.type, text: text.slice(e.start, e.end), start: e.start, end: e.end, score: 1 })) };
      });
    },
  };
}
