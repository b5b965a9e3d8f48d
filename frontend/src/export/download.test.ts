import { describe, expect, it } from 'vitest';
import { attachmentName } from './download';

describe('attachmentName', () => {
  it('reads the quoted file name', () => {
    expect(attachmentName('attachment; filename="subsidy-claim-2021Q2.xlsx"', 'x.xlsx')).toBe(
      'subsidy-claim-2021Q2.xlsx',
    );
  });

  it('prefers the UTF-8 name', () => {
    expect(
      attachmentName(`attachment; filename="claim.xlsx"; filename*=UTF-8''%E8%B4%B4%E6%81%AF.xlsx`, 'x.xlsx'),
    ).toBe('贴息.xlsx');
  });

  it('falls back when there is no name', () => {
    expect(attachmentName(null, 'x.xlsx')).toBe('x.xlsx');
    expect(attachmentName('attachment', 'x.xlsx')).toBe('x.xlsx');
  });
});
