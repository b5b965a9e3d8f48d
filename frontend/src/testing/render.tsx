// Renders a component for a unit test as the app does (React Query, antd's App, the translations in
// Chinese), without animations, so that a dialog opens and closes at once.
import '@ant-design/v5-patch-for-react-19';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import i18n from '@/i18n';
import { resources } from '@/i18n/resources';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The app fetches a namespace when a page needs it; a component under test has every one at hand.
for (const [language, namespaces] of Object.entries(resources)) {
  for (const [namespace, words] of Object.entries(namespaces)) i18n.addResourceBundle(language, namespace, words);
}

export interface Rendered {
  rerender: (node: ReactNode) => Promise<void>;
  unmount: () => void;
}

export async function render(node: ReactNode): Promise<Rendered> {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrap = (inner: ReactNode) => (
    <QueryClientProvider client={client}>
      <ConfigProvider theme={{ token: { motion: false } }}>
        <AntApp>{inner}</AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
  await act(async () => root.render(wrap(node)));
  return {
    rerender: async (next) => act(async () => root.render(wrap(next))),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Lets pending promises (validation, the submission) settle and React render what follows. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Types into an input as a user would: React sees the change. */
export async function type(input: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  const prototype = Object.getPrototypeOf(input) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  await act(async () => {
    setter?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: Element | null): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('Nothing to click');
  await act(async () => element.click());
}
