import { useEffect, useId, useRef, useState } from 'react';
import type { Chart } from '../charts/registry';
import { useLanguage } from '../state/language';
import type { Messages } from '../i18n/messages/en';
import { useT } from '../state/useT';
import { embedSnippets } from './embedSnippets';
import { absoluteFileHref, absoluteHref } from '../state/router';
import type { Selection } from '../figure/selection';
import { useTheme } from '../state/theme';

export interface Props {
  chart: Chart;
  title: string;
  width: number;
  height: number;
  selection: Selection;
}

const BLOCKS = ['iframe', 'responsive', 'link', 'image'] as const;
type Block = (typeof BLOCKS)[number];

function blockText(t: Messages, key: Block): { label: string; hint: string } {
  switch (key) {
    case 'iframe':
      return { label: t.embedCode, hint: t.embedCodeHint };
    case 'responsive':
      return { label: t.embedFitting, hint: t.embedFittingHint };
    case 'link':
      return { label: t.embedLink, hint: t.embedLinkHint };
    case 'image':
      return { label: t.embedImage, hint: t.embedImageHint };
  }
}

/**
 * The iframe snippets and the link for this chart, in the current theme, language and view.
 * Opens as a modal each time `opening` counts up.
 */
export function EmbedDialog({
  chart,
  title,
  width,
  height,
  selection,
  opening,
}: Props & { opening: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  // A status belongs to the opening it was made in; the next opening starts without one.
  const [status, setStatus] = useState({ opening: 0, text: '' });
  const copied = status.opening === opening ? status.text : '';
  const setCopied = (text: string) => setStatus({ opening, text });
  const { preference } = useTheme();
  const { lang } = useLanguage();
  const t = useT();
  const snippets = embedSnippets({
    chartId: chart.id,
    title,
    theme: preference,
    lang,
    selection,
    width,
    height,
    absolute: (path, search) => absoluteHref(path, search, lang),
    file: absoluteFileHref,
  });

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, [opening]);

  const copy = async (key: Block, field: HTMLTextAreaElement | null) => {
    try {
      await navigator.clipboard.writeText(snippets[key]);
      setCopied(t.copied(blockText(t, key).label.toLowerCase()));
    } catch {
      field?.select();
      setCopied(t.selectedToCopy);
    }
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.embedHeading(chart.names[lang].name)}</h2>
      {BLOCKS.map((key) => (
        <SnippetField
          key={key}
          {...blockText(t, key)}
          copyLabel={t.copy}
          value={snippets[key]}
          onCopy={(field) => void copy(key, field)}
        />
      ))}
      <p className="embed-status" role="status">
        {copied}
      </p>
      <form method="dialog">
        <button type="submit" className="button">
          {t.close}
        </button>
      </form>
    </dialog>
  );
}

function SnippetField({
  label,
  hint,
  copyLabel,
  value,
  onCopy,
}: {
  label: string;
  hint: string;
  copyLabel: string;
  value: string;
  onCopy: (field: HTMLTextAreaElement | null) => void;
}) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="snippet">
      <label htmlFor={id}>{label}</label>
      <p className="snippet-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        ref={field}
        readOnly
        rows={value.includes('\n') ? 4 : 3}
        value={value}
        aria-describedby={`${id}-hint`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" className="button" onClick={() => onCopy(field.current)}>
        {copyLabel}
        <span className="visually-hidden"> {label.toLowerCase()}</span>
      </button>
    </div>
  );
}
