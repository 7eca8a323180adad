import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DeckAspect } from '../export/deckAspects';
import { useLanguage } from '../state/language';
import { absoluteHref } from '../state/router';
import { useSelection } from '../state/selection';
import { useT } from '../state/useT';

/**
 * The deck or its handout of every chart, in the reader's language and view, downloaded; its
 * code loads only when asked for. `status` says what was saved, or why not.
 */
export function useDeckDownload() {
  const client = useQueryClient();
  const { lang } = useLanguage();
  const t = useT();
  const selection = useSelection();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const start = async (kind: 'deck' | 'handout', aspect: DeckAspect, pictures = false) => {
    setBusy(true);
    setStatus('');
    try {
      const [{ exportDeck }, { download }] = await Promise.all([
        import('../export-browser/exportDeck'),
        import('../export-browser/download'),
      ]);
      const file = await exportDeck(
        {
          client,
          lang,
          aspect,
          selection,
          chartUrl: (id) => absoluteHref(`/chart/${id}`, '', lang),
          siteUrl: absoluteHref('/', '', lang),
          date: new Date().toISOString().slice(0, 10),
          pictures,
        },
        kind,
      );
      download(file);
      setStatus(t.savedFile(file.name));
    } catch (error) {
      setStatus(t.exportFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, start };
}
