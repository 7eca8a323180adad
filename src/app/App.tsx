import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { DatasetError } from '../schema/errors';
import { ChartPage } from './ChartPage';
import { Dashboard } from './Dashboard';
import { DropToOpen } from './DropToOpen';
import { Header } from './Header';
import { NotFound } from './NotFound';
import { useRoute } from './router';
import { ThemeProvider } from './theme';

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

function Routes() {
  const route = useRoute();
  useEffect(() => {
    if (route.name === 'dashboard') document.title = 'Kazakhstan–China Ties';
    if (route.name === 'not-found') document.title = 'Not found · Kazakhstan–China Ties';
  }, [route.name]);
  switch (route.name) {
    case 'dashboard':
      return <Dashboard />;
    case 'chart':
      return <ChartPage id={route.id} />;
    case 'not-found':
      return <NotFound what="There is no page at this address." />;
  }
}

export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Header />
        <DropToOpen />
        <main id="main" tabIndex={-1}>
          <Routes />
        </main>
        <footer className="site-footer">
          <p>
            Every figure comes from the data files and names its source: the article on Xi Jinping’s
            visit to Astana, and the public sources cited with each chart.
          </p>
        </footer>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
