import { describe, expect, it } from 'vitest';
import { asText, exportFileName, toSheet, type ExportColumn } from './sheet';

interface Fixing {
  effective_date: string;
  lpr_1y_pct: string;
  note: string | null;
  current: boolean;
}

const columns: ExportColumn<Fixing>[] = [
  { header: '生效日期', value: (row) => row.effective_date },
  { header: '一年期 LPR', value: (row) => Number(row.lpr_1y_pct), format: '0.00' },
  { header: '备注', value: (row) => row.note },
  { header: '现行', value: (row) => row.current },
];

const rows: Fixing[] = [
  { effective_date: '2025-05-20', lpr_1y_pct: '3.00', note: null, current: true },
  { effective_date: '2024-10-21', lpr_1y_pct: '3.10', note: '下调 25 基点', current: false },
];

describe('toSheet', () => {
  it('puts a bold header row first', () => {
    const { data } = toSheet(columns, rows);
    expect(data[0]).toEqual([
      { value: '生效日期', fontWeight: 'bold' },
      { value: '一年期 LPR', fontWeight: 'bold' },
      { value: '备注', fontWeight: 'bold' },
      { value: '现行', fontWeight: 'bold' },
    ]);
  });

  it('maps each record to one row of typed cells', () => {
    const { data } = toSheet(columns, rows);
    expect(data).toHaveLength(3);
    expect(data[2]).toEqual([
      { value: '2024-10-21', type: String },
      { value: 3.1, type: Number, format: '0.00' },
      { value: '下调 25 基点', type: String },
      { value: false, type: Boolean },
    ]);
  });

  it('leaves missing values as empty cells', () => {
    const { data } = toSheet(columns, rows);
    expect(data[1]?.[2]).toBeNull();
  });

  it('writes only the header for an empty list', () => {
    expect(toSheet(columns, []).data).toHaveLength(1);
  });

  it('sizes columns to the widest text, counting Chinese characters double', () => {
    const { widths } = toSheet(columns, rows);
    expect(widths[0]).toEqual({ width: 12 });
    expect(widths[2]).toEqual({ width: 2 + '下调'.length * 2 + ' 25 '.length + '基点'.length * 2 });
  });

  it('keeps an explicit width', () => {
    const { widths } = toSheet([{ header: 'x', value: () => 'y', width: 30 }], [{}]);
    expect(widths).toEqual([{ width: 30 }]);
  });
});

describe('exportFileName', () => {
  it('stamps the list name with the local date and time', () => {
    expect(exportFileName('合作银行', new Date(2026, 2, 1, 9, 5))).toBe('合作银行-20260301-0905.xlsx');
  });

  it('replaces characters that file systems refuse', () => {
    expect(exportFileName('a/b:c', new Date(2026, 0, 2, 3, 4))).toBe('a-b-c-20260102-0304.xlsx');
  });
});

describe('text that looks like a formula', () => {
  it('is written with a leading apostrophe, and other text as it is', () => {
    const columns: ExportColumn<{ name: string }>[] = [{ header: '名称', value: (row) => row.name }];
    const rows = ['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '黄小龙', 'a=b'];
    const { data } = toSheet(
      columns,
      rows.map((name) => ({ name })),
    );
    expect(data.slice(1).map((row) => row[0] && 'value' in row[0] && row[0].value)).toEqual([
      '\'=HYPERLINK("http://x","y")',
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
      '黄小龙',
      'a=b',
    ]);
    expect(asText('连州砂糖橘')).toBe('连州砂糖橘');
  });
});
