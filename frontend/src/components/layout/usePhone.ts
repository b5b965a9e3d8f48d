import { useSyncExternalStore } from 'react';

/** Ant Design's `md` breakpoint: from 768 px wide the console shows its side menu. */
const WIDE = '(min-width: 768px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the screen is a phone's (narrower than `md`), as `!Grid.useBreakpoint().md` says, but known at the
 * first render: antd's hook learns the width in a layout effect, so the frame rendered twice while it started. */
export function usePhone(): boolean {
  return !useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches);
}
