import { describe, expect, it } from 'vitest';
import { safeLink } from './links';

describe('safeLink', () => {
  it('keeps an https address', () => {
    expect(safeLink('https://video.xiangqing.example/2020/yingde-black-tea')).toBe(
      'https://video.xiangqing.example/2020/yingde-black-tea',
    );
  });

  it('refuses anything that is not https', () => {
    expect(safeLink('http://v.qq.com/x/page/a.html')).toBeNull();
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('data:text/html,hi')).toBeNull();
    expect(safeLink('not a link')).toBeNull();
  });
});
