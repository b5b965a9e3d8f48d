import { describe, expect, it } from 'vitest';
import { publishedOn } from './publishedOn';

describe('publishedOn', () => {
  it('reads the day in Beijing, not in UTC', () => {
    expect(publishedOn('2020-04-18T02:00:00Z')).toBe('2020-04-18');
    expect(publishedOn('2020-04-17T17:30:00Z')).toBe('2020-04-18');
    expect(publishedOn('2020-04-17T15:59:59Z')).toBe('2020-04-17');
  });
});
