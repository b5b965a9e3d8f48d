import type { AttendanceSheet, AttendanceStatus, Mark } from './contract';

/** The grid being edited: by enrolment, by session date, the mark shown. */
export type Grid = Record<string, Record<string, AttendanceStatus>>;

/** The sheet's marks as a grid. */
export function gridOf(sheet: AttendanceSheet): Grid {
  return Object.fromEntries(sheet.rows.map((row) => [row.enrolment_id, { ...row.marks }]));
}

/** Every trainee present on every date. */
export function allPresent(sheet: AttendanceSheet): Grid {
  return Object.fromEntries(
    sheet.rows.map((row) => [
      row.enrolment_id,
      Object.fromEntries(sheet.dates.map((date) => [date.id, 'full' as const])),
    ]),
  );
}

/** The marks that differ from the sheet as loaded: what the save sends (an unmarked cell stays unsent). */
export function changedMarks(sheet: AttendanceSheet, grid: Grid): Mark[] {
  const marks: Mark[] = [];
  for (const row of sheet.rows) {
    for (const date of sheet.dates) {
      const status = grid[row.enrolment_id]?.[date.id];
      if (status && status !== row.marks[date.id]) {
        marks.push({ enrolment_id: row.enrolment_id, session_date_id: date.id, status });
      }
    }
  }
  return marks;
}

/** How many trainees were fully present on a date. */
export function presentOn(grid: Grid, dateId: string): number {
  return Object.values(grid).filter((marks) => marks[dateId] === 'full').length;
}
