import { lazy, Suspense, useState } from 'react';
import { chartName, useT } from '../state/useT';
import type { Props } from './EmbedDialog';

// The snippets and their dialog load on the first click; the button is all the first view needs.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

/** Opens the chart's embed codes and link. */
export function EmbedButton(props: Props) {
  const t = useT();
  const [opening, setOpening] = useState(0);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpening((n) => n + 1)}>
        {t.embedButton}
        <span className="visually-hidden">
          {' '}
          {t.exportWhat(chartName(t, props.chart.id, props.chart.name).toLowerCase())}
        </span>
      </button>
      {opening > 0 && (
        <Suspense fallback={null}>
          <EmbedDialog {...props} opening={opening} />
        </Suspense>
      )}
    </>
  );
}
