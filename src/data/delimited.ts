// CSV / TSV through papaparse (RFC 4180 quoting: fields in double quotes may hold separators,
// newlines and doubled quotes). Every record must have the header's field count; errors name
// the file and the line the record starts on.
import Papa from 'papaparse';

export function parseDelimited(text: string, separator: ',' | '\t', file: string): { header: string[]; records: string[][] } {
  const records: Array<{ fields: string[]; line: number }> = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    // Blank lines are skipped below, so that every row's cursor (and so its line) is seen.
    skipEmptyLines: false,
    step: (row) => {
      const recordLine = line;
      for (let i = cursor; i < row.meta.cursor; i++) if (text.charCodeAt(i) === 10) line++;
      cursor = row.meta.cursor;
      const error = row.errors[0];
      if (error?.code === 'MissingQuotes') throw new Error(`${file}: a quoted field opened on or after line ${recordLine} is never closed`);
      if (error) throw new Error(`${file}:${recordLine}: ${error.message}`);
      if (!(row.data.length === 1 && row.data[0] === '')) records.push({ fields: row.data, line: recordLine });
    },
  });
  if (records.length === 0) throw new Error(`${file} is empty: expected a header line with column names`);
  const header = records[0].fields.map((h) => h.trim());
  const duplicate = header.find((h, i) => header.indexOf(h) !== i);
  if (duplicate !== undefined) throw new Error(`${file}: column name '${duplicate}' appears twice in the header`);
  for (const r of records.slice(1)) {
    if (r.fields.length !== header.length) {
      throw new Error(
        `${file}:${r.line}: expected ${header.length} fields (${header.join(', ')}), found ${r.fields.length}; ` +
          `quote fields that contain '${separator === '\t' ? '\\t' : separator}'`,
      );
    }
  }
  return { header, records: records.slice(1).map((r) => r.fields) };
}
