/** RFC 4180 rows, as a spreadsheet reads them (quoted cells may hold commas, quotes, newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') [cell, i] = [`${cell}"`, i + 1];
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') [row, cell] = [[...row, cell], ''];
    else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      rows.push([...row, cell]);
      [row, cell] = [[], ''];
      if (ch === '\r') i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
