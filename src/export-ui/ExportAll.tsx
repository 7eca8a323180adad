import { lazy } from 'react';
import { useT } from '../state/useT';
import { LazyDetails } from '../components/LazyDetails';

const ExportAllPanel = lazy(() =>
  import('./ExportAllPanel').then((m) => ({ default: m.ExportAllPanel })),
);

/** Every chart in one ZIP; the panel's code loads when it is opened. */
export function ExportAll({ shownWidth }: { shownWidth: number }) {
  const t = useT();
  return (
    <LazyDetails className="export-all js-only" summary={t.exportAllSummary}>
      {(opened) => opened && <ExportAllPanel shownWidth={shownWidth} />}
    </LazyDetails>
  );
}
