// CSV / TSV (RFC 4180 quoting: fields in double quotes may hold separators,
// newlines and doubled quotes). Every record must have the header's field count.

export function parseDelimited(text: string, separator: ',' | '\t', file: string): { header: string[]; records: string[][] } {
  const records: Array<{ fields: string[]; line: number }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) fields.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      recordLine = ++line;
    } else field += c;
  }
  if (quoted) throw new Error(`${file}: a quoted field opened on or after line ${recordLine} is never closed`);
  if (field !== '' || fields.length) endRecord();
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
