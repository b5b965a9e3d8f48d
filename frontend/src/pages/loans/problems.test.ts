import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/problem';
import { allowedNextStates, failedRules } from './problems';

const refused = new ApiError(422, {
  type: 'https://xiangqing.example/problems/unprocessable',
  title: 'Unprocessable request',
  status: 422,
  detail: 'The application does not meet the policy in force.',
  failed_rules: [
    { rule: 'age', detail: 'The borrower is 41; the policy covers ages 18 to 40.' },
    { rule: 'amount', detail: "600000.00 is above the policy's cap of 500000.00." },
  ],
});

describe('failedRules', () => {
  it('lists every rule a refused submission fails', () => {
    expect(failedRules(refused).map((rule) => rule.rule)).toEqual(['age', 'amount']);
    expect(failedRules(refused)[1]?.detail).toContain('500000.00');
  });

  it('finds none in other errors', () => {
    expect(failedRules(new ApiError(404, { type: 'about:blank', title: 'Not found', status: 404 }))).toEqual([]);
    expect(failedRules(new TypeError('offline'))).toEqual([]);
    expect(
      failedRules(new ApiError(422, { type: 'about:blank', title: 'x', status: 422, failed_rules: 'age' })),
    ).toEqual([]);
  });
});

describe('allowedNextStates', () => {
  it('reads the states an illegal transition could have gone to, known ones only', () => {
    const conflict = new ApiError(409, {
      type: 'https://xiangqing.example/problems/conflict',
      title: 'Conflict',
      status: 409,
      allowed_next_states: ['referred', 'withdrawn', 'teleported'],
    });
    expect(allowedNextStates(conflict)).toEqual(['referred', 'withdrawn']);
  });

  it('finds none when the problem has none', () => {
    expect(allowedNextStates(refused)).toEqual([]);
  });
});
