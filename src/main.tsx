import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadDemoConfig } from './features/connect/demo-config';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const demo = await loadDemoConfig();
createRoot(root).render(
  <StrictMode>
    <App demo={demo} />
  </StrictMode>,
);
