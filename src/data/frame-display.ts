// MIME bundles for danfojs DataFrames and Series, laid out like pandas in Jupyter:
// at most 60 rows (else the first and last 5), 20 columns (else the first and last 10),
// a row of column dtypes under the header, and the shape underneath.
import type { DataFrame, Series } from 'danfojs-node';
import type { MimeBundle } from '../display';
import { escapeHtml } from '../display/escape-html';
import { TABLE_STYLE, cellText, htmlCell, textTable, visiblePositions } from './table-html';

const MAX_ROWS = 60;
const EDGE_ROWS = 5;
const MAX_COLUMNS = 20;
const EDGE_COLUMNS = 10;

interface TableView {
  columns: string[];
  dtypes: string[];
  index: Array<string | number>;
  cell(row: number, column: number): unknown;
  rows: number;
  footer: string;
}

function render(view: TableView): MimeBundle {
  const rows = visiblePositions(view.rows, MAX_ROWS, EDGE_ROWS);
  const cols = visiblePositions(view.columns.length, MAX_COLUMNS, EDGE_COLUMNS);
  const head = cols.map((c) => (c < 0 ? '<th>...</th>' : `<th>${escapeHtml(String(view.columns[c]))}</th>`)).join('');
  const types = cols.map((c) => (c < 0 ? '<th></th>' : `<th>${escapeHtml(view.dtypes[c] ?? '')}</th>`)).join('');
  const body = rows
    .map((r) => {
      if (r < 0) return `<tr><th>...</th>${cols.map(() => '<td>...</td>').join('')}</tr>`;
      const cells = cols.map((c) => (c < 0 ? '<td>...</td>' : htmlCell(view.cell(r, c)))).join('');
      return `<tr><th>${escapeHtml(String(view.index[r]))}</th>${cells}</tr>`;
    })
    .join('');
  const html =
    `<div>${TABLE_STYLE}<table border="1" class="dataframe"><thead><tr style="text-align: right;"><th></th>${head}</tr>` +
    `<tr class="dtypes"><th></th>${types}</tr></thead><tbody>${body}</tbody></table><p>${escapeHtml(view.footer)}</p></div>`;
  const textHeader = ['', ...cols.map((c) => (c < 0 ? '...' : String(view.columns[c])))];
  const textRows = rows.map((r) =>
    r < 0 ? textHeader.map(() => '...') : [String(view.index[r]), ...cols.map((c) => (c < 0 ? '...' : cellText(view.cell(r, c))))],
  );
  const dtypes = view.columns.map((c, i) => `${c}: ${view.dtypes[i]}`).join(', ');
  return { 'text/plain': `${textTable(textHeader, textRows)}\n\n${view.footer}\ndtypes: ${dtypes}`, 'text/html': html };
}

export function dataFrameBundle(df: DataFrame): MimeBundle {
  const [rows, columns] = df.shape;
  const values = (rows ? df.values : []) as unknown[][];
  return render({
    columns: df.columns,
    dtypes: df.dtypes as string[],
    index: rows ? (df.index as Array<string | number>) : [],
    cell: (r, c) => values[r][c],
    rows,
    footer: `${rows} rows × ${columns} columns`,
  });
}

export function seriesBundle(series: Series): MimeBundle {
  const values = (series.shape[0] ? series.values : []) as unknown[];
  const name = String(series.columns?.[0] ?? '');
  return render({
    columns: [name],
    dtypes: [series.dtype],
    index: values.length ? (series.index as Array<string | number>) : [],
    cell: (r) => values[r],
    rows: values.length,
    footer: `Name: ${name}, Length: ${values.length}, dtype: ${series.dtype}`,
  });
}
