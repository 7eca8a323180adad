import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { ensureFacesFor } from '../state/pageFonts';
import { textFingerprint } from '../charts/fingerprint';
import { builtFingerprint } from '../components/Island';
import { rawFileQuery } from '../queries/datasets';
import type { DatasetName } from '../schema/dataFiles';

/** In Node, while a page is built: the fingerprint of the files its island was made from. */
export function useBuiltFingerprint(names: readonly DatasetName[]): string | undefined {
  const client = useQueryClient();
  const texts = names.map((n) => client.getQueryData(rawFileQuery(n).queryKey));
  return texts.every((t) => t !== undefined) ? textFingerprint(texts) : undefined;
}

/**
 * Whether the files an island was built from say something else now: they are fetched again,
 * as text, once the page is React's, and an island whose files changed (or failed) is drawn
 * anew. Nothing that reads the files (schemas, models) loads for this.
 */
export function useFilesChanged(
  island: string,
  names: readonly DatasetName[],
  enabled: boolean,
): boolean {
  const combine = useCallback(
    (results: { data?: string; error: Error | null }[]) => ({
      failed: results.some((r) => r.error),
      texts: results.every((r) => r.data !== undefined) ? results.map((r) => r.data ?? '') : null,
    }),
    [],
  );
  const files = useQueries({
    queries: useMemo(() => names.map((n) => ({ ...rawFileQuery(n), enabled })), [names, enabled]),
    combine,
  });
  const changed =
    enabled &&
    (files.failed ||
      (files.texts !== null && textFingerprint(files.texts) !== builtFingerprint(island)));
  // What changed may be in characters the site's fonts were not cut for.
  const texts = changed ? files.texts : null;
  useEffect(() => {
    if (texts) void ensureFacesFor(texts.join('\n'));
  }, [texts]);
  return changed;
}
