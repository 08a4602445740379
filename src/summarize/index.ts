// Summarization without generation: sentence splitting with offsets, lead-k and embedding-centrality
// (+MMR) extractive summarizers, their save/load, and the HTML view of a summary in its document.
export { splitSentences, type SentenceSpan } from './sentences';
export { summarizer, ExtractiveSummarizer, type SummarizerOptions, type ExtractiveConfig, type ExtractiveMethod, type SentenceEncoder } from './summarizer';
export { cosineMatrix, pageRank, mmrSelect, type PageRankOptions } from './centrality';
export { highlightSummary, type HighlightOptions } from './highlight';
export { isSummarizationModel, type SummarizationModel, type SummarizationConfig } from '../models/summarization-model';
