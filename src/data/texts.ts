// Text columns: every row must hold text; empty rows are an error unless dropped on request.
import { type DataFrame, columnValues, type Cell } from './frame';
import { warnDropped } from './warn';

export interface TextRows {
  texts: string[];
  /** Row position in the DataFrame of each text. */
  positions: number[];
}

export function isEmptyText(value: Cell): boolean {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)) || String(value).trim() === '';
}

/** The texts of one column; empty cells throw, or are dropped and counted when dropEmpty is set. */
export function textRows(df: DataFrame, column: string, options: { dropEmpty?: boolean; argument?: string } = {}): TextRows {
  const values = columnValues(df, column, options.argument ?? 'textColumn');
  const texts: string[] = [];
  const positions: number[] = [];
  values.forEach((value, row) => {
    if (isEmptyText(value)) {
      if (options.dropEmpty) return;
      throw new Error(`text column '${column}' is empty at row ${row}; clean the data or pass dropEmpty: true to drop such rows`);
    }
    texts.push(String(value));
    positions.push(row);
  });
  warnDropped(values.length - texts.length, 'rows with empty text', `column '${column}'`);
  return { texts, positions };
}
