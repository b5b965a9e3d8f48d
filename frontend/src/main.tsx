import '@ant-design/v5-patch-for-react-19';
import { startTransition, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { keepSessionFresh } from './api/client';
import './i18n';
import { App } from './App';
import { PageSpinner } from './components/PageSpinner';
import { startServiceWorker } from './pwa/update';
import './styles.css';

keepSessionFresh();
startServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// A transition: React renders the first page in slices, leaving the phone's main thread free between them (the
// page shown meanwhile is index.html's own, light one), instead of one long task.
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      {/* While a language's first words arrive (a first visit in English). */}
      <Suspense fallback={<PageSpinner />}>
        <App />
      </Suspense>
    </StrictMode>,
  ),
);
