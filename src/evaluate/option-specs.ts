// The options tl.evaluate accepts.
import { rules, type OptionSpec } from '../options';

export const EVALUATE_SPEC: OptionSpec = { batchSize: rules.positiveInteger, textColumn: 'string', labelColumn: 'string', aggregation: ['none', 'simple', 'first', 'max', 'average'] };
