import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { formatPartialDate, formatUsdBnShort } from '../lib/format';
import { describeSource } from '../lib/sourceText';
import {
  agreementsQuery,
  milestonesQuery,
  nuclearQuery,
  sourcesQuery,
  tradeQuery,
  type SourceIndex,
} from '../queries/datasets';

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
  if (!('value' in figure)) {
    return (
      <li className="headline unavailable">
        <span className="headline-value">—</span>
        <span className="headline-label">{figure.label}</span>
        <span className="headline-source">unavailable: data/{figure.file} could not be read</span>
      </li>
    );
  }
  const source = sources?.byId.get(figure.sourceId);
  return (
    <li className="headline">
      <button type="button" className="headline-button" aria-describedby={tipId}>
        <span className="headline-value">{figure.value}</span>
        <span className="headline-label">{figure.label}</span>
      </button>
      <span role="tooltip" id={tipId} className="headline-tip">
        Source: {describeSource(source)}
        {figure.quote && (
          <>
            {' '}
            <q lang="en">{figure.quote}</q>
          </>
        )}
      </span>
    </li>
  );
}

/** The four numbers a reader comes for, each naming its source on hover or focus. */
export function Headlines() {
  const sources = useQuery(sourcesQuery);
  const trade = useQuery(tradeQuery);
  const agreements = useQuery(agreementsQuery);
  const nuclear = useQuery(nuclearQuery);
  const milestones = useQuery(milestonesQuery);
  const h = trade.data?.headline;
  const visit = milestones.data?.events.find((e) => e.highlight);
  const figures = [
    h
      ? {
          key: 'trade',
          value: formatUsdBnShort(h.value),
          label: `trade in ${h.year}, a record`,
          sourceId: h.source,
          quote: h.quote,
        }
      : { key: 'trade', file: 'trade.json', label: 'record trade' },
    agreements.data
      ? {
          key: 'documents',
          value: String(agreements.data.total.value),
          label: `documents signed on ${formatPartialDate(agreements.data.date)}`,
          sourceId: agreements.data.total.source,
          ...(agreements.data.total.quote ? { quote: agreements.data.total.quote } : {}),
        }
      : { key: 'documents', file: 'agreements.json', label: 'documents signed' },
    nuclear.data
      ? {
          key: 'plants',
          value: `${nuclear.data.plannedPlants.min}–${nuclear.data.plannedPlants.max}`,
          label: `nuclear power plants planned: “${nuclear.data.plannedPlants.label}”`,
          sourceId: nuclear.data.plannedPlants.source,
          quote: nuclear.data.plannedPlants.quote,
        }
      : { key: 'plants', file: 'nuclear.json', label: 'nuclear power plants planned' },
    visit
      ? {
          key: 'visit',
          value: formatPartialDate(visit.date),
          label: visit.title,
          sourceId: visit.source,
          ...(visit.quote ? { quote: visit.quote } : {}),
        }
      : { key: 'visit', file: 'milestones.json', label: 'the state visit' },
  ];
  const loading = [trade, agreements, nuclear, milestones].some((q) => q.isPending);
  return (
    <section className="headlines" aria-label="Headline figures" aria-busy={loading}>
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
    </section>
  );
}
