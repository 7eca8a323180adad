import { useEffect } from 'react';
import { useT } from '../state/useT';
import { useLanguage } from '../state/language';
import { findChart } from '../charts/registry';
import { ChartView } from '../chart-card/ChartView';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { HydrationIsland } from '../components/HydrationIsland';
import { useIslandProviders } from '../state/contextBridge';
import { NotFound } from './NotFound';
import { SelectionBar } from './SelectionBar';
import { Link } from '../state/router';

export function ChartPage({ id }: { id: string }) {
  const chart = findChart(id);
  const t = useT();
  const { lang } = useLanguage();
  const providers = useIslandProviders();
  useEffect(() => {
    document.title = t.pageTitle(chart ? chart.names[lang].name : t.noSuchChartTitle);
  }, [chart, t, lang]);
  if (!chart) return <NotFound what={t.noSuchChart(id)} />;
  return (
    <div className="chart-page">
      <p className="breadcrumb">
        <Link to="/">{t.allCharts}</Link>
      </p>
      <SelectionBar />
      <HydrationIsland id={chart.id} wrap={providers}>
        <ErrorBoundary title={t.chartFailed(chart.names[lang].name)} retry={t.retry}>
          <ChartView chart={chart} headingLevel={1} built={{ narrow: 360, wide: 1176 }} />
        </ErrorBoundary>
      </HydrationIsland>
    </div>
  );
}
