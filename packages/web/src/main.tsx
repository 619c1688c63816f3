import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createAppInstance } from './app/create-app.js';

const root = document.getElementById('root');
if (root !== null) {
  const instance = createAppInstance();
  createRoot(root).render(
    <StrictMode>
      <App instance={instance} />
    </StrictMode>,
  );
}
