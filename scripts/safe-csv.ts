import { stringify as csv } from 'csv-stringify/sync';

/** Characters that make a spreadsheet read a line as a formula (OWASP's list, and their full-width forms). */
const formulaStart = /(^|\r\n|\r|\n)(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * Rows as RFC 4180 CSV (CRLF record ends, quotes doubled). Every cell that holds a line break is quoted, whichever break it
 * is (csv-stringify on its own quotes only CRLF, so a bare \n would start a new row). Each line in a cell that starts
 * with = + - @ tab or CR gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a
 * formula: the start of the cell, and the start of every line inside it, as some spreadsheets read those too.
 */
export function safeCsv(rows: Record<string, string | number>[], columnNames: string[]): string {
  return csv(rows, {
    header: true,
    columns: columnNames,
    escape_formulas: true,
    quoted_match: /[\r\n]/,
    cast: { string: (value) => value.replace(formulaStart, "$1'") },
    record_delimiter: 'windows',
  });
}
