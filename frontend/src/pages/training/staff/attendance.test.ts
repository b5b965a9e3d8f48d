import { describe, expect, it } from 'vitest';
import { allPresent, changedMarks, gridOf, presentOn } from './attendance';
import type { AttendanceSheet } from './contract';

const sheet: AttendanceSheet = {
  dates: [
    { id: 'd1', starts_at: '2026-05-01T01:00:00Z', ends_at: '2026-05-01T09:00:00Z' },
    { id: 'd2', starts_at: '2026-05-02T01:00:00Z', ends_at: '2026-05-02T09:00:00Z' },
  ],
  rows: [
    { enrolment_id: 'e1', trainee_id: 't1', trainee_name: '黄小龙', status: 'booked', marks: { d1: 'full' } },
    { enrolment_id: 'e2', trainee_id: 't2', trainee_name: '李晓梅', status: 'booked', marks: {} },
  ],
};

describe('the attendance grid', () => {
  it('sends nothing when nothing changed', () => {
    expect(changedMarks(sheet, gridOf(sheet))).toEqual([]);
  });

  it('sends only the cells that changed', () => {
    const grid = gridOf(sheet);
    grid.e2 = { d2: 'partial' };
    expect(changedMarks(sheet, grid)).toEqual([{ enrolment_id: 'e2', session_date_id: 'd2', status: 'partial' }]);
  });

  it('marks everyone present on every date, leaving marks already full unsent', () => {
    const marks = changedMarks(sheet, allPresent(sheet));
    expect(marks).toHaveLength(3);
    expect(marks).not.toContainEqual({ enrolment_id: 'e1', session_date_id: 'd1', status: 'full' });
  });

  it('does not share the loaded marks with the grid', () => {
    const grid = gridOf(sheet);
    grid.e1!.d1 = 'no_show';
    expect(sheet.rows[0]!.marks.d1).toBe('full');
  });

  it('counts who was present on a date', () => {
    expect(presentOn(allPresent(sheet), 'd1')).toBe(2);
    expect(presentOn(gridOf(sheet), 'd2')).toBe(0);
  });
});
