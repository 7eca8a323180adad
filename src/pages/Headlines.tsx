import { useQuery } from '@tanstack/react-query';
import { FileIsland } from '../chart-card/FileIsland';
import { useId } from 'react';
import { useLanguage } from '../state/language';
import { dataTextsQuery } from '../queries/dataTexts';
import { useT } from '../state/useT';
import { Quoted } from '../chart-card/Quoted';
import { useSources } from '../state/useSources';
import { formatPartialDate, formatUsdBnShort } from '../i18n/format';
import { describeSource } from '../i18n/sourceWords';
import { datasetQuery } from '../queries/datasets';
import type { SourceIndex } from '../schema/sources';

const HEADLINE_FILES = ['sources', 'trade', 'agreements', 'nuclear', 'milestones'] as const;

interface Figure {
  key: string;
  value: string;
  label: string;
  sourceId: string;
  quote?: string;
}

function Headline({
  figure,
  sources,
}: {
  figure: Figure | { key: string; file: string; label: string };
  sources: SourceIndex | undefined;
}) {
  const tipId = useId();
  const t = useT();
  const { lang } = useLanguage();
  if (!('value' in figure)) {
    return (
      <li className="headline unavailable">
        <span className="headline-value">—</span>
        <span className="headline-label">{figure.label}</span>
        <span className="headline-source">{t.headlineUnavailable(figure.file)}</span>
      </li>
    );
  }
  const source = sources?.byId.get(figure.sourceId);
  return (
    <li className="headline">
      {/* Not a button: it does nothing but show its source, on hover or focus (also built). */}
      <div className="headline-button" tabIndex={0} aria-describedby={tipId}>
        <span className="headline-value">{figure.value}</span>
        <span className="headline-label">{figure.label}</span>
      </div>
      <span role="tooltip" id={tipId} className="headline-tip">
        {t.tooltipSource(describeSource(source, lang))}
        {figure.quote && (
          <>
            {' '}
            <Quoted quote={figure.quote} />
          </>
        )}
      </span>
    </li>
  );
}

/** The four headline figures from their files, or what stands in for each file that failed. */
function useHeadlineFigures() {
  const trade = useQuery(datasetQuery('trade'));
  const agreements = useQuery(datasetQuery('agreements'));
  const nuclear = useQuery(datasetQuery('nuclear'));
  const milestones = useQuery(datasetQuery('milestones'));
  const h = trade.data?.headline;
  const visit = milestones.data?.events.find((e) => e.highlight);
  const t = useT();
  const { lang } = useLanguage();
  const words = useQuery(dataTextsQuery(lang)).data ?? {};
  const figures = [
    h
      ? {
          key: 'trade',
          value: formatUsdBnShort(h.value, false, lang),
          label: t.headlineTrade(h.year),
          sourceId: h.source,
          quote: h.quote,
        }
      : { key: 'trade', file: 'trade.json', label: t.headlineTradeMissing },
    agreements.data
      ? {
          key: 'documents',
          value: String(agreements.data.total.value),
          label: t.headlineDocuments(formatPartialDate(agreements.data.date, lang)),
          sourceId: agreements.data.total.source,
          ...(agreements.data.total.quote ? { quote: agreements.data.total.quote } : {}),
        }
      : { key: 'documents', file: 'agreements.json', label: t.headlineDocumentsMissing },
    nuclear.data
      ? {
          key: 'plants',
          value: `${nuclear.data.plannedPlants.min}–${nuclear.data.plannedPlants.max}`,
          label: t.headlinePlants(
            words['nuclear.plannedPlants.label'] ?? nuclear.data.plannedPlants.label,
          ),
          sourceId: nuclear.data.plannedPlants.source,
          quote: nuclear.data.plannedPlants.quote,
        }
      : { key: 'plants', file: 'nuclear.json', label: t.headlinePlantsMissing },
    visit
      ? {
          key: 'visit',
          value: formatPartialDate(visit.date, lang),
          label: words[`milestones.events.${visit.id}.title`] ?? visit.title,
          sourceId: visit.source,
          ...(visit.quote ? { quote: visit.quote } : {}),
        }
      : { key: 'visit', file: 'milestones.json', label: t.headlineVisitMissing },
  ];
  const loading = [trade, agreements, nuclear, milestones].some((q) => q.isPending);
  return { figures, loading };
}

function HeadlineList() {
  const sources = useSources();
  const { figures, loading } = useHeadlineFigures();
  return (
    <ul>
      {figures.map((f) =>
        loading && !('value' in f) ? (
          <li key={f.key} className="headline loading">
            <span className="headline-value">…</span>
            <span className="headline-label">{f.label}</span>
          </li>
        ) : (
          <Headline key={f.key} figure={f} sources={sources.data} />
        ),
      )}
    </ul>
  );
}

/**
 * The four numbers a reader comes for, each naming its source on hover or focus. A built page
 * carries them; they are read again from their files once the page is live.
 */
export function Headlines() {
  const t = useT();
  return (
    <section className="headlines" aria-label={t.headlineFigures}>
      <FileIsland id="headlines" files={HEADLINE_FILES}>
        <HeadlineList />
      </FileIsland>
    </section>
  );
}
