import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Noto Sans Arabic, regular and bold, subset to the page's text at build time (src/pipeline/fonts/).
import 'virtual:qanat-fonts.css';
import './styles/app.css';
import './styles/print.css';
import { App, PrintWhenReady } from './app/App.tsx';
import { startApp } from './app/start-app.ts';
import { loadMessages } from './i18n/i18n.ts';
import { whenFirstViewDrawn } from './app/first-view.ts';

const store = startApp();

const root = document.getElementById('root');
// The page renders once its language's strings are in (their own chunk, fetched while the story loads).
if (root) {
  loadMessages(store.getState().language).then(
    () =>
      createRoot(root).render(
        <StrictMode>
          <App />
          <PrintWhenReady />
        </StrictMode>,
      ),
    () => {
      root.textContent =
        'Qanat could not load its interface. Reload the page. · تعذّر تحميل واجهة قناة. أعد تحميل الصفحة.';
    },
  );
}

// Offline after a first visit: the build's service worker (not in development, where Vite serves),
// registered once the first view is drawn so its precache does not compete with it.
if (import.meta.env.PROD)
  whenFirstViewDrawn(() => void import('./share/service-worker.ts').then((m) => m.registerServiceWorker()));
