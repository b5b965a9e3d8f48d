import '@ant-design/v5-patch-for-react-19';
import { startTransition, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { keepSessionFresh } from './api/client';
import { startedEarly } from './api/early';
import './i18n';
import { App } from './App';
import { PageSpinner } from './components/PageSpinner';
import { createRouter } from './router';
import { startServiceWorker } from './pwa/update';
import './styles.css';

/** Hands the main thread back to the browser (a tap, a paint) before the next step of the start: on a phone's
 * slow CPU, one long task would keep the page unresponsive until the first page is there. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type Router = ReturnType<typeof createRouter>;

/** Resolves when the router has its first page (the route's code, its loaders' data), or after `ms` at the latest. */
function firstPage(router: Router, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve();
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) done();
    });
  });
}

async function start(root: HTMLElement): Promise<void> {
  keepSessionFresh();
  await yieldToMain();
  const router = createRouter();
  // index.html's start script asked for the page's code and data beside the app's own scripts: they are here or
  // nearly. React then renders when the router has the page and commits it once, not a spinner first and the
  // frame and page after (on a phone, each commit a long task). Index.html's own screen shows meanwhile.
  if (startedEarly()) await firstPage(router, 1000);
  await yieldToMain();
  const reactRoot = createRoot(root);
  await yieldToMain();
  // A transition: React renders the first page in slices, leaving the main thread free between them (the page
  // shown meanwhile is index.html's own, light one), instead of one long task.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        {/* While a language's first words arrive (a first visit in English). */}
        <Suspense fallback={<PageSpinner />}>
          <App router={router} />
        </Suspense>
      </StrictMode>,
    ),
  );
  // When the browser is idle after the load: its precache costs the first page nothing.
  startServiceWorker();
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
void start(root);
