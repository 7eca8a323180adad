import { lazy, Suspense, useState } from 'react';
import { useT } from '../state/useT';
import { useLanguage } from '../state/language';
import type { Props } from './EmbedDialog';

// The snippets and their dialog load on the first click; the button is all the first view needs.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

/** Opens the chart's embed codes and link. */
export function EmbedButton(props: Props) {
  const t = useT();
  const { lang } = useLanguage();
  const [opening, setOpening] = useState(0);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpening((n) => n + 1)}>
        {t.embedButton}
        <span className="visually-hidden">
          {' '}
          {t.exportWhat(props.chart.names[lang].name.toLowerCase())}
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
