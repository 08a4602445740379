// The part of a danfojs DataFrame that plots, fineTune and evaluate read: duck-typed so that
// they do not load danfojs.

export interface DataFrameLike {
  columns: string[];
  column(name: string): { values: unknown };
}

export function isDataFrameLike(value: unknown): value is DataFrameLike {
  return (
    typeof value === 'object' && value !== null &&
    Array.isArray((value as DataFrameLike).columns) &&
    typeof (value as DataFrameLike).column === 'function'
  );
}

/** The values of one DataFrame column, with an error listing the columns present. */
export function columnValues(df: DataFrameLike, name: string, argument: string): unknown[] {
  if (!df.columns.includes(name)) {
    throw new RangeError(
      `${argument}: the DataFrame has no column "${name}"; its columns are ${JSON.stringify(df.columns)}.`,
    );
  }
  return Array.from(df.column(name).values as ArrayLike<unknown>);
}
