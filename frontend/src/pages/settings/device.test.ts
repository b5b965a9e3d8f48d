import { describe, expect, it } from 'vitest';
import { describeDevice } from './device';

describe('describeDevice', () => {
  it('names Chrome on Windows', () => {
    const ua =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
    expect(describeDevice(ua)).toEqual({ browser: 'Chrome', os: 'Windows' });
  });

  it('names WeChat on an iPhone before Safari', () => {
    const ua =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40';
    expect(describeDevice(ua)).toEqual({ browser: 'WeChat', os: 'iOS' });
  });

  it('names Edge rather than the Chrome it is built on', () => {
    const ua =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 Edg/140.0';
    expect(describeDevice(ua)).toEqual({ browser: 'Edge', os: 'macOS' });
  });

  it('names Safari on macOS and Chrome on Android', () => {
    expect(
      describeDevice(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
      ),
    ).toEqual({ browser: 'Safari', os: 'macOS' });
    expect(
      describeDevice('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/140.0 Mobile Safari/537.36'),
    ).toEqual({ browser: 'Chrome', os: 'Android' });
  });

  it('knows nothing of a script', () => {
    expect(describeDevice('python-httpx/0.28.1')).toBeNull();
    expect(describeDevice('')).toBeNull();
  });
});
