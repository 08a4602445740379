// Label handling shared by every classification metric: labels may be strings or
// numbers (never both in one call, as in scikit-learn), sorted the way sklearn sorts them.

export type Label = string | number;

/** Throws unless both arrays exist and have the same length. */
export function checkSameLength(a: readonly unknown[], b: readonly unknown[], names: [string, string]): void {
  if (!Array.isArray(a) || !Array.isArray(b)) {
    throw new TypeError(`${names[0]} and ${names[1]} must be arrays; got ${typeof a} and ${typeof b}.`);
  }
  if (a.length !== b.length) {
    throw new RangeError(
      `${names[0]} has ${a.length} entries but ${names[1]} has ${b.length}: pass one prediction per example.`,
    );
  }
}

function checkLabel(value: unknown, where: string): Label {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new TypeError(`${where} holds ${String(value)} (${typeof value}); labels must be strings or finite numbers.`);
}

/** The sorted union of the labels in the given arrays (sklearn's unique_labels). */
export function uniqueLabels(...arrays: ReadonlyArray<readonly Label[]>): Label[] {
  const seen = new Set<Label>();
  arrays.forEach((arr, i) => arr.forEach((v) => seen.add(checkLabel(v, `label array ${i + 1}`))));
  return sortLabels([...seen]);
}

/** Sorts labels numerically or by code point; mixing strings and numbers is an error. */
export function sortLabels(labels: Label[]): Label[] {
  const kinds = new Set(labels.map((l) => typeof l));
  if (kinds.size > 1) {
    const example = (k: string) => labels.find((l) => typeof l === k);
    throw new TypeError(
      `Mix of label types (string ${JSON.stringify(example('string'))} and number ${example('number')}): ` +
        'convert the labels to one type, e.g. map numeric ids to their names.',
    );
  }
  return [...labels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Per-label counts of true positives, predictions and true occurrences. */
export interface LabelCounts {
  labels: Label[];
  tp: number[];
  predSum: number[];
  trueSum: number[];
}

export function countPerLabel(yTrue: readonly Label[], yPred: readonly Label[], labels: Label[]): LabelCounts {
  const index = new Map(labels.map((l, i) => [l, i] as const));
  const tp = labels.map(() => 0);
  const predSum = labels.map(() => 0);
  const trueSum = labels.map(() => 0);
  for (let k = 0; k < yTrue.length; k++) {
    const t = index.get(yTrue[k]);
    const p = index.get(yPred[k]);
    if (t !== undefined) trueSum[t]++;
    if (p !== undefined) predSum[p]++;
    if (t !== undefined && yTrue[k] === yPred[k]) tp[t]++;
  }
  return { labels, tp, predSum, trueSum };
}

/** The labels to report on: the caller's, checked, or the sorted union of both arrays. */
export function resolveLabels(yTrue: readonly Label[], yPred: readonly Label[], labels?: readonly Label[]): Label[] {
  const present = uniqueLabels(yTrue, yPred);
  if (labels === undefined) return present;
  if (!Array.isArray(labels) || labels.length === 0) {
    throw new RangeError('options.labels must be a non-empty array of labels (or left out to use every label seen).');
  }
  labels.forEach((l) => checkLabel(l, 'options.labels'));
  sortLabels([...labels]);
  if (new Set(labels).size !== labels.length) throw new RangeError('options.labels has duplicates; list each label once.');
  if (present.length > 0 && labels.length > 0 && typeof present[0] !== typeof labels[0]) {
    throw new TypeError(
      `options.labels are ${typeof labels[0]}s but the data's labels are ${typeof present[0]}s: use the same type.`,
    );
  }
  return [...labels];
}
