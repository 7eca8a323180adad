import { lazy, Suspense, useState } from 'react';
import { useT } from '../state/useT';
import { useLanguage } from '../state/language';
import type { Props as DialogProps } from './EmbedDialog';

interface Props extends Omit<DialogProps, 'title' | 'width' | 'height'> {
  /** The figure as shown, once it is live; the dialog waits for it. */
  figure?: { title: string; width: number; height: number };
  onOpen: () => void;
}

// The snippets and their dialog load on the first click; the button is all the first view needs.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

/** Opens the chart's embed codes and link. */
export function EmbedButton({ figure, onOpen, ...props }: Props) {
  const t = useT();
  const { lang } = useLanguage();
  const [opening, setOpening] = useState(0);
  return (
    <>
      <button
        type="button"
        className="button js-only"
        onClick={() => {
          onOpen();
          setOpening((n) => n + 1);
        }}
      >
        {t.embedButton}
        <span className="visually-hidden">
          {' '}
          {t.exportWhat(props.chart.names[lang].name.toLowerCase())}
        </span>
      </button>
      {opening > 0 && figure && (
        <Suspense fallback={null}>
          <EmbedDialog {...props} {...figure} opening={opening} />
        </Suspense>
      )}
    </>
  );
}
