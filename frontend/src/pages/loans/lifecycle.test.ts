import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '@/domain/enums';
import {
  actionInput,
  buttonActions,
  isDestructive,
  PIPELINE_EXITS,
  PIPELINE_STAGES,
  progressOf,
  PROGRESS_STEPS,
  reasonRequired,
  STATUS_COLOR,
  yearOptions,
} from './lifecycle';

describe('the pipeline', () => {
  it('places every status exactly once, as a stage or an exit', () => {
    const placed = [...PIPELINE_STAGES, ...PIPELINE_EXITS];
    expect(new Set(placed).size).toBe(placed.length);
    expect([...placed].sort()).toEqual([...APPLICATION_STATUSES].sort());
  });

  it('gives overdue loans a warning colour and every status a colour', () => {
    expect(STATUS_COLOR.overdue).toBe('red');
    expect(APPLICATION_STATUSES.every((status) => STATUS_COLOR[status])).toBe(true);
  });
});

describe('buttonActions', () => {
  it('offers only what the service allows, the step forward first', () => {
    expect(buttonActions(['reject', 'return', 'recommend'])).toEqual(['recommend', 'return', 'reject']);
  });

  it('never offers what the banks do through the API', () => {
    expect(buttonActions(['disburse', 'withdraw'])).toEqual(['withdraw']);
    expect(buttonActions(['record_repayment', 'settle', 'cure', 'mark_overdue'])).toEqual([]);
  });
});

describe('actionInput', () => {
  it('asks for a reason when sending back, rejecting, declining or writing off', () => {
    for (const action of ['return', 'reject', 'decline', 'write_off'] as const) {
      expect(actionInput(action)).toBe('reason');
      expect(reasonRequired(action)).toBe(true);
    }
  });

  it('asks city staff for the bank when referring', () => {
    expect(actionInput('refer')).toBe('bank');
    expect(reasonRequired('refer')).toBe(false);
  });

  it('takes an optional note with a recommendation or an approval, nothing with a submission', () => {
    expect(actionInput('recommend')).toBe('optionalReason');
    expect(actionInput('approve')).toBe('optionalReason');
    expect(actionInput('submit')).toBe('none');
  });

  it('marks the actions that end or set back an application', () => {
    expect(isDestructive('reject')).toBe(true);
    expect(isDestructive('withdraw')).toBe(true);
    expect(isDestructive('recommend')).toBe(false);
  });
});

describe('progressOf', () => {
  it('shows which milestone an application waits for', () => {
    expect(progressOf('draft')).toEqual({ current: 0, status: 'process' });
    expect(progressOf('submitted')).toEqual({ current: 1, status: 'process' });
    expect(progressOf('referred')).toEqual({ current: 3, status: 'process' });
  });

  it('completes every milestone once the loan is lent, whatever happens to it later', () => {
    for (const status of ['disbursed', 'repaying', 'overdue', 'settled', 'written_off'] as const) {
      expect(progressOf(status)).toEqual({ current: PROGRESS_STEPS.length, status: 'finish' });
    }
  });

  it('stops at the county for a rejection and at the bank for a decline', () => {
    expect(progressOf('rejected')).toEqual({ current: 1, status: 'error' });
    expect(progressOf('declined')).toEqual({ current: 3, status: 'error' });
  });

  it('stops a withdrawal where it was waiting', () => {
    expect(progressOf('withdrawn', 'recommended')).toEqual({ current: 2, status: 'error' });
    expect(progressOf('withdrawn')).toEqual({ current: 0, status: 'error' });
  });
});

describe('yearOptions', () => {
  it('lists the years from this one back to 2020', () => {
    expect(yearOptions(new Date(2023, 5, 1))).toEqual([2023, 2022, 2021, 2020]);
  });
});
