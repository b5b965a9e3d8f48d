import { describe, expect, it, vi } from 'vitest';
import { EXPORT_PAGE_SIZE, fetchAll } from './fetchAll';

const records = Array.from({ length: 450 }, (_, i) => i);
const fakePage = vi.fn(async ({ limit, offset }: { limit: number; offset: number }) => ({
  items: records.slice(offset, offset + limit),
  total: records.length,
}));

describe('fetchAll', () => {
  it('fetches every page at the maximum page size and reports progress', async () => {
    const progress: [number, number][] = [];
    const rows = await fetchAll(fakePage, (fetched, total) => progress.push([fetched, total]));
    expect(rows).toEqual(records);
    expect(fakePage.mock.calls.map(([page]) => page)).toEqual([
      { limit: EXPORT_PAGE_SIZE, offset: 0 },
      { limit: EXPORT_PAGE_SIZE, offset: 200 },
      { limit: EXPORT_PAGE_SIZE, offset: 400 },
    ]);
    expect(progress).toEqual([
      [200, 450],
      [400, 450],
      [450, 450],
    ]);
  });

  it('stops when the list shrinks while exporting', async () => {
    const shrinking = async ({ offset }: { limit: number; offset: number }) =>
      offset === 0 ? { items: [1, 2], total: 5 } : { items: [], total: 2 };
    expect(await fetchAll(shrinking, () => {})).toEqual([1, 2]);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(fetchAll(fakePage, () => {}, controller.signal)).rejects.toThrow();
  });
});
