import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@/api/problem';
import { resources } from '@/i18n/resources';
import { problemFieldErrors } from './fieldErrors';

beforeAll(async () => {
  await i18n.init({ resources, lng: 'zh-CN', fallbackLng: 'zh-CN', defaultNS: 'common' });
});

const invalid = (...errors: { loc: (string | number)[]; msg: string }[]) =>
  new ApiError(422, { type: 'about:blank', title: 'Unprocessable Content', status: 422, errors } as never);

describe('problemFieldErrors', () => {
  it('puts each message under the form field it names', () => {
    const error = invalid(
      { loc: ['body', 'name'], msg: '名称已存在' },
      { loc: ['body', 'bank_type'], msg: '未知类型' },
    );
    expect(problemFieldErrors(error, ['name', 'bank_type'])).toEqual([
      { name: 'name', errors: ['名称已存在'] },
      { name: 'bank_type', errors: ['未知类型'] },
    ]);
  });

  it('counts a nested field by its first part, and gathers its messages', () => {
    const error = invalid({ loc: ['body', 'branches', 0], msg: '太长' }, { loc: ['body', 'branches', 2], msg: '重复' });
    expect(problemFieldErrors(error, ['branches'])).toEqual([{ name: 'branches', errors: ['太长', '重复'] }]);
  });

  it('maps a request field to the form field that holds it', () => {
    const error = invalid({ loc: ['body', 'effective_to'], msg: '早于生效日期' });
    expect(problemFieldErrors(error, ['period'], { effective_to: 'period' })).toEqual([
      { name: 'period', errors: ['早于生效日期'] },
    ]);
  });

  it('leaves out what the form has no field for', () => {
    const error = invalid({ loc: ['body'], msg: '整体无效' }, { loc: ['body', 'other'], msg: '未知' });
    expect(problemFieldErrors(error, ['name'])).toEqual([]);
    expect(problemFieldErrors(new ApiError(409, null), ['name'])).toEqual([]);
    expect(problemFieldErrors(new TypeError('Failed to fetch'), ['name'])).toEqual([]);
  });
});
