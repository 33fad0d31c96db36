import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RelataApp } from './app/App';
import { standaloneEnvironment } from './app/environment';
import { loadDemoConfig } from './features/connect/demo-config';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const environment = standaloneEnvironment(await loadDemoConfig());
createRoot(root).render(
  <StrictMode>
    <RelataApp environment={environment} />
  </StrictMode>,
);
