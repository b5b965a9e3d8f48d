import type { SheetData } from 'write-excel-file/browser';

export type CellValue = string | number | boolean | null | undefined;

/** One column of an export: its header and how to read a row's cell. */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
  /** Excel number format, e.g. '0.00' for rates. */
  format?: string;
  /** Width in characters. */
  width?: number;
}

export interface Sheet {
  data: SheetData;
  widths: { width: number }[];
}

/** Text a spreadsheet would take for a formula (= + - @, or a tab or carriage return) gets a leading
 * apostrophe, as OWASP advises against formula injection, so it reads as typed; the services' exports do
 * the same (chassis/excel.py). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function asText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A CJK character takes about two columns of width in Excel. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return width;
}

/** Builds the sheet: a bold header row, then one row per record with typed cells. */
export function toSheet<Row>(columns: ExportColumn<Row>[], rows: Row[]): Sheet {
  const header = columns.map((column) => ({ value: column.header, fontWeight: 'bold' as const }));
  const body = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      if (value === null || value === undefined || value === '') return null;
      if (typeof value === 'number') return { value, type: Number, format: column.format };
      if (typeof value === 'boolean') return { value, type: Boolean };
      return { value: asText(value), type: String };
    }),
  );
  const widths = columns.map((column, index) => {
    const longest = Math.max(
      displayWidth(column.header),
      ...body.map((row) => {
        const cell = row[index];
        return cell ? displayWidth(String(cell.value)) : 0;
      }),
    );
    return { width: column.width ?? Math.min(Math.max(longest + 2, 8), 60) };
  });
  return { data: [header, ...body], widths };
}

/** `合作银行-20260301-0930.xlsx`: the list's name and the local time of the export. */
export function exportFileName(base: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  const safe = base.replace(/[\\/:*?"<>|]+/g, '-');
  return `${safe}-${stamp}.xlsx`;
}
