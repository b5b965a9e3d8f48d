import { toSheet, type ExportColumn } from './sheet';

/** Writes the rows to an .xlsx file and hands it to the browser's download. The writer is loaded on
 * first use, so the list pages do not carry it. */
export async function saveXlsx<Row>(
  columns: ExportColumn<Row>[],
  rows: Row[],
  sheetName: string,
  fileName: string,
): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const sheet = toSheet(columns, rows);
  await writeXlsxFile(sheet.data, {
    sheet: sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31),
    columns: sheet.widths,
    stickyRowsCount: 1,
  }).toFile(fileName);
}
