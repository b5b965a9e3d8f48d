import { describe, expect, it } from 'vitest';
import { conflictCode, placesUsed, rowActions, scoreParts } from './board';

describe('scoreParts', () => {
  it('lists native, skills and interview rounded to one decimal', () => {
    expect(scoreParts({ native: 20, skills: 26.666, interview: 31.25 })).toEqual([
      { key: 'native', value: 20 },
      { key: 'skills', value: 26.7 },
      { key: 'interview', value: 31.3 },
    ]);
  });
});

describe('rowActions', () => {
  it('keeps the board order and drops what the API does not offer', () => {
    expect(rowActions({ actions: ['reject', 'withdraw', 'accept'] })).toEqual(['accept', 'reject']);
  });
});

describe('placesUsed', () => {
  it('is full when accepted reach the places', () => {
    expect(placesUsed(3, 4)).toEqual({ percent: 75, full: false });
    expect(placesUsed(4, 4)).toEqual({ percent: 100, full: true });
    expect(placesUsed(0, 0)).toEqual({ percent: 0, full: true });
  });
});

describe('conflictCode', () => {
  it('reads the reason the service gives, or a code', () => {
    expect(conflictCode({ reason: 'declaration-missing' })).toBe('declaration-missing');
    expect(conflictCode({ code: 'places-full' })).toBe('places-full');
    expect(conflictCode({ code: 'something-else' })).toBeNull();
    expect(conflictCode(null)).toBeNull();
  });
});
