import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { recordIslands } from '../components/Island';
import { loadMessages } from '../state/language';
import { declareCarriedFaces, ensureFacesFor } from '../state/pageFonts';
import { currentLocation, languageOf, parseRoute } from '../state/router';
import { App, createQueryClient } from './App';
import { dismissTipsOnEscape } from './dismissTips';
import { warmUp } from './warmUp';

/**
 * The app takes over the page: a built page is hydrated (its header, language and theme at once,
 * each card as an island of its own when wanted, see HydrationIsland), in small pieces that let
 * the browser answer in between; any other page React draws itself.
 */
export async function start(root: HTMLElement): Promise<void> {
  declareCarriedFaces();
  const client = createQueryClient();
  const { pathname } = currentLocation();
  const lang = languageOf(pathname);
  // A host may add or drop a trailing slash (a page is a folder's index.html).
  const trimmed = (path: string) => path.replace(/(.)\/+$/, '$1');
  const built = trimmed(root.dataset.page ?? '') === trimmed(pathname);
  warmUp(client, parseRoute(pathname), lang, built);
  // A page the build did not make shows data it may not have seen, in characters its fonts
  // lack (a built page checks a file only if it changed since: see useFilesChanged).
  if (!built) {
    client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      const data: unknown = event.query.state.data;
      void ensureFacesFor(typeof data === 'string' ? data : JSON.stringify(data));
    });
  }
  dismissTipsOnEscape(document);
  // The page's words first: the first render must say what the built page says.
  await loadMessages(lang).catch(() => undefined);
  const app = (
    <StrictMode>
      <App client={client} />
    </StrictMode>
  );
  if (built) {
    recordIslands(root);
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    // A page built for another address (a host's fallback page), or none: React draws it.
    root.replaceChildren();
    createRoot(root).render(app);
  }
}
