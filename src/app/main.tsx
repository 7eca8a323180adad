import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './App';
import { currentLocation, parseRoute } from '../state/router';
import { warmUp } from './warmUp';
import { initialLanguage } from '../state/language';
import '../styles/fonts.css';
import '../styles/app.css';

const root = document.getElementById('root');
if (root) {
  const client = createQueryClient();
  const route = parseRoute(currentLocation().pathname);
  warmUp(client, route, initialLanguage(route.name === 'embed'));
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}
