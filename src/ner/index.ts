// Named-entity recognition beyond the model: evaluation with seqeval's entity scores, the rule
// baseline as a tagger, and displays (highlighted entities, error tables).
export { EntityEvaluationReport, type EvaluatedSentence, type EntityEvaluationSummary } from './entity-report';
export { evaluateEntities, isNerData, type NerRecord, type NerEvaluationData, type EntityTagger, type EntityEvaluateOptions } from './evaluate-entities';
export { entityErrors, type EntityError, type EntityErrorKind } from './entity-errors';
export { EntityErrorTable } from './entity-error-table';
export { highlightEntities, EntityHighlight, type HighlightSpan } from './entity-highlight';
export { entityColor } from './entity-colors';
export { ruleNerTagger } from './rule-tagger';
export { wordTagsOf, spansOfTags, type TextSpan } from './word-tags';
