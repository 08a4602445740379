// Small, safe helpers over danfojs DataFrames: column access that names the
// columns present when one is missing, and construction that handles zero rows.
import { DataFrame } from 'danfojs-node';

export { DataFrame };

export type Cell = string | number | boolean | null | undefined;

/** The values of one column, or an error that lists the columns present. */
export function columnValues(df: DataFrame, column: string, argument = 'column'): Cell[] {
  if (!df.columns.includes(column)) {
    throw new Error(
      `${argument} '${column}' is not in the DataFrame; columns present: ${df.columns.map((c) => `'${c}'`).join(', ') || '(none)'}. ` +
        `Pass ${argument}: '<one of those>'.`,
    );
  }
  if (df.shape[0] === 0) return [];
  return df.column(column).values as Cell[];
}

/** Builds a DataFrame from named columns of equal length; zero rows are allowed. */
export function frameFromColumns(columns: Record<string, Cell[]>): DataFrame {
  const names = Object.keys(columns);
  const rows = names.length ? columns[names[0]].length : 0;
  if (rows === 0) return new DataFrame([], { columns: names, dtypes: names.map(() => 'string') });
  return new DataFrame(columns);
}

/** The rows at the given positions, with a fresh 0..n-1 index. */
export function takeRows(df: DataFrame, positions: number[]): DataFrame {
  const columns: Record<string, Cell[]> = {};
  for (const name of df.columns) {
    const values = columnValues(df, name);
    columns[name] = positions.map((p) => values[p]);
  }
  return frameFromColumns(columns);
}
