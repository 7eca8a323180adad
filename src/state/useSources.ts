import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLanguage } from './language';
import { localizeSources } from '../i18n/sourceWords';
import { dataTextsQuery } from '../queries/dataTexts';
import { sourcesQuery } from '../queries/datasets';
import type { SourceIndex } from '../schema/sources';

/** The sources, with what each states, its publisher and its date note in the reader's language. */
export function useSources(): { data: SourceIndex | undefined; error: Error | null } {
  const sources = useQuery(sourcesQuery);
  const { lang } = useLanguage();
  const words = useQuery(dataTextsQuery(lang)).data;
  const data = useMemo(
    () => (sources.data && words ? localizeSources(sources.data, words) : undefined),
    [sources.data, words],
  );
  return { data, error: sources.error };
}
