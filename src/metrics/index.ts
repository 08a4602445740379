// Metrics with scikit-learn's, seqeval's, the SQuAD script's and rouge-score's definitions: pure functions of labels
// and scores (tl.evaluate(), which runs a model, lives in evaluate/).
import { accuracy } from './accuracy';
import { classificationReport } from './classification-report';
import { confusionMatrix } from './confusion-matrix';
import { auc, averagePrecision, precisionRecallCurve, rocAuc, rocCurve } from './curves';
import { entityF1, getEntities } from './entity-f1';
import { f1, precision, precisionRecallF1, recall } from './prf';
import { porterStem } from './porter-stemmer';
import { rouge, rougePair, rougeReport, rougeTokens } from './rouge';
import { normalizeAnswer, squad } from './squad';

export const metrics = {
  accuracy,
  precision,
  recall,
  f1,
  precisionRecallF1,
  confusionMatrix,
  classificationReport,
  rocCurve,
  rocAuc,
  auc,
  precisionRecallCurve,
  averagePrecision,
  entityF1,
  getEntities,
  squad,
  normalizeAnswer,
  rouge,
  rougeReport,
  rougePair,
  rougeTokens,
  porterStem,
};

export { ClassificationReport, type ClassificationReportOptions } from './classification-report';
export type { ZeroDivision } from './zero-division';
export type { ClassScores, PRFOptions, AveragedPRFOptions } from './prf';
export type { ConfusionMatrixOptions } from './confusion-matrix';
export type { BinaryCurveOptions, RocCurve, PrecisionRecallCurve } from './curves';
export type { EntityF1Result, EntityScores } from './entity-f1';
export type { RougeOptions, RougeReport, RougeScore, RougeType } from './rouge';
