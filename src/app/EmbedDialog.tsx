import { useId, useRef, useState } from 'react';
import type { RegisteredChart } from '../charts/defineChart';
import { useLanguage } from '../i18n/LanguageProvider';
import { chartName, useT } from '../i18n/useT';
import { embedSnippets } from './embedSnippets';
import { absoluteHref } from './router';
import type { Selection } from './selection';
import { useTheme } from './theme';

interface Props {
  chart: RegisteredChart;
  title: string;
  width: number;
  height: number;
  selection: Selection;
}

const BLOCKS = [
  {
    key: 'iframe',
    label: 'Embed code',
    hint: 'Keeps the chart’s shape in any page, with no script.',
  },
  {
    key: 'responsive',
    label: 'Embed code that fits its height',
    hint: 'Adds a small script from this site that sets each frame to its chart’s height.',
  },
  { key: 'link', label: 'Link', hint: 'The chart’s own page, in this view.' },
] as const;

/** The iframe snippets and the link for this chart, in the current theme, language and view. */
export function EmbedDialog({ chart, title, width, height, selection }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [copied, setCopied] = useState('');
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
    absolute: absoluteHref,
  });

  const copy = async (key: (typeof BLOCKS)[number]['key'], field: HTMLTextAreaElement | null) => {
    try {
      await navigator.clipboard.writeText(snippets[key]);
      setCopied(`Copied the ${BLOCKS.find((b) => b.key === key)?.label.toLowerCase() ?? ''}.`);
    } catch {
      field?.select();
      setCopied('Selected: press Ctrl+C (⌘C) to copy.');
    }
  };

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setCopied('');
          dialog.current?.showModal();
        }}
      >
        {t.embedButton}
        <span className="visually-hidden">
          {' '}
          {t.exportWhat(chartName(t, chart.id, chart.name).toLowerCase())}
        </span>
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={headingId}>
        <h2 id={headingId}>Embed “{chart.name}”</h2>
        {BLOCKS.map((b) => (
          <SnippetField
            key={b.key}
            label={b.label}
            hint={b.hint}
            value={snippets[b.key]}
            onCopy={(field) => void copy(b.key, field)}
          />
        ))}
        <p className="embed-status" role="status">
          {copied}
        </p>
        <form method="dialog">
          <button type="submit" className="button">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}

function SnippetField({
  label,
  hint,
  value,
  onCopy,
}: {
  label: string;
  hint: string;
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
        Copy<span className="visually-hidden"> {label.toLowerCase()}</span>
      </button>
    </div>
  );
}
