import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/latin-400.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import '@fontsource/noto-sans-arabic/latin-700.css';
import './styles/app.css';
import './styles/print.css';
import { App } from './app/App.tsx';
import { startApp } from './app/start-app.ts';
import { PrintChronology } from './share/PrintChronology.tsx';
import { registerServiceWorker } from './share/service-worker.ts';

startApp();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
      <PrintChronology />
    </StrictMode>,
  );
}

// Offline after a first visit: the build's service worker (not in development, where Vite serves).
if (import.meta.env.PROD) registerServiceWorker();
