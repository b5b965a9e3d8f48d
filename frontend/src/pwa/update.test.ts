import { describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { listenForUpdates, reloadForUpdate, subscribeUpdate, updateReady } from './update';

describe('a new release', () => {
  it('is announced when a new service worker waits, and taken only when the user reloads for it', async () => {
    let options: RegisterSWOptions = {};
    const updateServiceWorker = vi.fn(async () => undefined);
    listenForUpdates((given) => {
      options = given ?? {};
      return updateServiceWorker;
    });
    const heard = vi.fn();
    const stop = subscribeUpdate(heard);
    expect(updateReady()).toBe(false);

    options.onNeedRefresh?.();
    expect(updateReady()).toBe(true);
    expect(heard).toHaveBeenCalledOnce();
    expect(updateServiceWorker).not.toHaveBeenCalled(); // never by itself

    await reloadForUpdate();
    expect(updateServiceWorker).toHaveBeenCalledWith(true);
    stop();
  });
});
