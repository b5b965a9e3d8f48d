import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '@/i18n/resources';
import { ApiError, asProblem, formatError } from './problem';

beforeAll(async () => {
  await i18n.init({ resources, lng: 'zh-CN', fallbackLng: 'zh-CN', defaultNS: 'common' });
});

describe('asProblem', () => {
  it('accepts a problem document', () => {
    expect(asProblem({ type: 'about:blank', title: 'Not Found', status: 404 })?.title).toBe('Not Found');
  });

  it('rejects bodies that are not problems', () => {
    expect(asProblem(undefined)).toBeNull();
    expect(asProblem('Internal Server Error')).toBeNull();
    expect(asProblem({ message: 'nope' })).toBeNull();
  });
});

describe('formatError', () => {
  it('shows the title and the detail of a problem with its own type', () => {
    const error = new ApiError(409, {
      type: 'https://xiangqing.example/problems/illegal-transition',
      title: '当前状态不允许此操作',
      status: 409,
      detail: '已放款的申请不能退回',
    });
    expect(formatError(error)).toEqual({ title: '当前状态不允许此操作', detail: '已放款的申请不能退回', fields: {} });
  });

  it('translates the title of a known problem type', () => {
    const error = new ApiError(409, {
      type: 'https://xiangqing.example/problems/conflict',
      title: 'Conflict',
      status: 409,
      detail: 'A partner bank named 广东佛冈农村商业银行 already exists.',
    });
    expect(formatError(error).title).toBe('与现有数据冲突');
  });

  it('says the reason phrase of an about:blank problem in the UI language', () => {
    const error = new ApiError(401, {
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      detail: '用户名或密码错误',
    });
    expect(formatError(error)).toEqual({ title: '未登录或登录已失效', detail: '用户名或密码错误', fields: {} });
  });

  it('does not repeat a detail equal to the title', () => {
    const error = new ApiError(409, {
      type: '/problems/duplicate',
      title: '已存在同名银行',
      status: 409,
      detail: '已存在同名银行',
    });
    expect(formatError(error).detail).toBeUndefined();
  });

  it('groups validation errors by field, without the location root', () => {
    const error = new ApiError(422, {
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      errors: [
        { loc: ['body', 'name'], msg: 'String should have at least 2 characters', type: 'string_too_short' },
        { loc: ['body', 'name'], msg: 'Value error', type: 'value_error' },
        { loc: ['body', 'branches', 0], msg: 'Input should be a valid string', type: 'string_type' },
        { loc: ['query', 'limit'], msg: 'Input should be less than or equal to 200', type: 'less_than_equal' },
      ],
    });
    expect(formatError(error).fields).toEqual({
      name: ['String should have at least 2 characters', 'Value error'],
      'branches.0': ['Input should be a valid string'],
      limit: ['Input should be less than or equal to 200'],
    });
  });

  it('names the HTTP status when the body is not a problem', () => {
    expect(formatError(new ApiError(502, null)).title).toBe('服务暂时无法访问');
    expect(formatError(new ApiError(418, null)).title).toBe('请求失败（HTTP 418）');
  });

  it('explains a network failure', () => {
    expect(formatError(new TypeError('Failed to fetch')).title).toBe('无法连接服务器，请检查网络后重试');
  });

  it('gives a generic title to anything else', () => {
    expect(formatError(new Error('boom')).title).toBe('请求失败');
  });
});
