// tl.evaluate(): runs a model over a labelled data set and scores it with metrics/,
// kept apart from the pure metrics as Hugging Face keeps its evaluator apart from evaluate's metrics.
export { evaluate, lastEvaluation, type EvaluateOptions, type EvaluationData } from './evaluate';
export { EvaluationReport, type ExamplePrediction, type EvaluationFigures, type EvaluationSummary } from './evaluation-report';
export { SummarizationReport, lastSummaryEvaluation, type SummaryEvaluateOptions, type SummaryExample, type SummaryRows } from './summaries';
