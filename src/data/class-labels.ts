// Hugging Face `datasets` features: ClassLabel ids become their names, also inside sequences
// (conll2003's ner_tags). The rows API sends the features; Parquet files keep them in their
// 'huggingface' key-value metadata.

export interface FeatureType {
  _type?: string;
  names?: string[];
  feature?: FeatureType;
}

/** A function that maps a column's ids to names, or undefined when the feature has no names. */
export function labelNames(type: FeatureType): ((value: unknown) => unknown) | undefined {
  if (type._type === 'ClassLabel' && type.names) {
    const names = type.names;
    return (v) => (typeof v === 'number' && names[v] !== undefined ? names[v] : v);
  }
  if ((type._type === 'Sequence' || type._type === 'List') && type.feature) {
    const inner = labelNames(type.feature);
    return inner && ((v) => (Array.isArray(v) ? v.map(inner) : v));
  }
  return undefined;
}
