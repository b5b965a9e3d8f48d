import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { render, type Rendered } from '@/testing/render';
import { ConnectionStatus } from './ConnectionStatus';
import { chunkMissing } from './update';

const banner = () => document.querySelector('[data-testid="offline-banner"]');
const prompt = () => document.querySelector('[data-testid="update-prompt"]');

describe('ConnectionStatus', () => {
  let rendered: Rendered | undefined;
  afterEach(() => {
    rendered?.unmount();
    vi.restoreAllMocks();
  });

  it('says so while the device is offline, and no more once it is back', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    rendered = await render(<ConnectionStatus />);
    expect(banner()).toBeNull();

    online.mockReturnValue(false);
    await act(async () => window.dispatchEvent(new Event('offline')));
    expect(banner()?.getAttribute('role')).toBe('status');
    expect(banner()?.textContent).toContain('离线');

    online.mockReturnValue(true);
    await act(async () => window.dispatchEvent(new Event('online')));
    expect(banner()).toBeNull();
  });

  it('offers a reload when a chunk of this release is gone from the server', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    rendered = await render(<ConnectionStatus />);
    expect(prompt()).toBeNull();
    await act(async () => chunkMissing());
    expect(prompt()?.textContent).toContain('乡青有新版本');
    expect(prompt()?.textContent).toContain('刷新使用新版本');
  });
});
