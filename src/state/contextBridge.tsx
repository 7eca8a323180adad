import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';
import { LanguageProvider } from './language';
import { ThemeProvider } from './theme';

/**
 * The providers for content drawn in a React root of its own (an island hydrated on its own
 * schedule): the page's one data cache, and a language and theme read from the same address,
 * stored choices and loaded words as the page's own, so both parts say the same.
 */
export function useIslandProviders(): (children: ReactNode) => ReactNode {
  const client = useQueryClient();
  return useCallback(
    (children: ReactNode) => (
      <QueryClientProvider client={client}>
        <LanguageProvider>
          <ThemeProvider>{children}</ThemeProvider>
        </LanguageProvider>
      </QueryClientProvider>
    ),
    [client],
  );
}
