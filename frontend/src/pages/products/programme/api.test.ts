import { describe, expect, it } from 'vitest';
import { idParam, yearParam } from './api';

describe('filter parameters', () => {
  it('passes a year the API takes, and drops any other text', () => {
    expect(yearParam('2020')).toBe(2020);
    expect(yearParam('1999')).toBeUndefined();
    expect(yearParam('2020.5')).toBeUndefined();
    expect(yearParam('abc')).toBeUndefined();
    expect(yearParam(undefined)).toBeUndefined();
  });

  it('passes an id only when it is a UUID', () => {
    expect(idParam('9f6ae3be-03df-54ef-afe3-e6b8dbd3ae5f')).toBe('9f6ae3be-03df-54ef-afe3-e6b8dbd3ae5f');
    expect(idParam('英德红茶')).toBeUndefined();
    expect(idParam(undefined)).toBeUndefined();
  });
});
