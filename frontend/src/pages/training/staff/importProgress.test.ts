import { describe, expect, it } from 'vitest';
import { importPercent } from './importProgress';

describe('the import progress', () => {
  it('shows the share of rows written', () => {
    expect(importPercent({ status: 'running', done: 30, total: 120 })).toBe(25);
  });

  it('never shows 100 before the import is done', () => {
    expect(importPercent({ status: 'running', done: 120, total: 120 })).toBe(99);
    expect(importPercent({ status: 'done', done: 120, total: 120 })).toBe(100);
  });

  it('starts at zero when the total is not known yet', () => {
    expect(importPercent({ status: 'running', done: 0, total: 0 })).toBe(0);
  });
});
