import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { LanguageProvider } from '../state/language';
import { useT } from '../state/useT';
import { DatasetError } from '../schema/errors';
import { ChartPage } from '../pages/ChartPage';
import { Dashboard } from '../pages/Dashboard';
import { DropToOpen } from '../export-ui/DropToOpen';
import { Header } from './Header';
import { NotFound } from '../pages/NotFound';
import { useRoute, type Route } from '../state/router';
import { ThemeProvider } from '../state/theme';

// Embeds and slides are other surfaces of the same charts; the dashboard does not load them.
const EmbedPage = lazy(() => import('../pages/EmbedPage').then((m) => ({ default: m.EmbedPage })));
const PresentPage = lazy(() =>
  import('../pages/PresentPage').then((m) => ({ default: m.PresentPage })),
);
const PresentOne = lazy(() =>
  import('../pages/PresentPage').then((m) => ({ default: m.PresentOne })),
);

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The data are static files: fetch once, and retry only a flaky network, never bad data.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          count < 1 && error instanceof DatasetError && error.kind === 'network',
      },
    },
  });
}

function Routes({ route }: { route: Route }) {
  const t = useT();
  useEffect(() => {
    if (route.name === 'dashboard') document.title = t.siteTitle;
    if (route.name === 'not-found') document.title = t.pageTitle(t.notFound);
  }, [route.name, t]);
  switch (route.name) {
    case 'dashboard':
      return <Dashboard />;
    case 'chart':
      return <ChartPage id={route.id} />;
    case 'not-found':
      return <NotFoundPage />;
    case 'embed':
    case 'present':
    case 'present-one':
      return null;
  }
}

export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  const route = useRoute();
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <ThemeProvider>
          <Suspense fallback={null}>
            <HydratedMark />
            {route.name === 'embed' ? (
              <main id="main" className="embed-main">
                <EmbedPage id={route.id} />
              </main>
            ) : route.name === 'present' ? (
              <main id="main" className="present-main">
                <PresentPage slide={route.slide} />
              </main>
            ) : route.name === 'present-one' ? (
              <main id="main" className="present-main">
                <PresentOne id={route.id} />
              </main>
            ) : (
              <SiteChrome route={route} />
            )}
          </Suspense>
        </ThemeProvider>
      </LanguageProvider>
    </QueryClientProvider>
  );
}

/**
 * Marks the page as React's: its controls answer (tests and styles can wait for this). It sits
 * inside the Suspense boundary, so a lazily loaded page (slides, embeds) has hydrated too.
 */
function HydratedMark() {
  useEffect(() => {
    document.documentElement.setAttribute('data-hydrated', '');
  }, []);
  return null;
}

function NotFoundPage() {
  const t = useT();
  return <NotFound what={t.noPageHere} />;
}

function SiteChrome({ route }: { route: Route }) {
  const t = useT();
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // Focus moves without touching the address: in the single file the hash is the route.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t.skipToContent}
      </a>
      <Header />
      <DropToOpen />
      <main id="main" tabIndex={-1}>
        <Routes route={route} />
      </main>
      <footer className="site-footer">
        <p>{t.footer}</p>
      </footer>
    </>
  );
}
