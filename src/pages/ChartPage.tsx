import { useEffect } from 'react';
import { chartName, useT } from '../state/useT';
import { findChart } from '../charts/registry';
import { ChartView } from '../chart-card/ChartView';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { NotFound } from './NotFound';
import { SelectionBar } from './SelectionBar';
import { Link } from '../state/router';

export function ChartPage({ id }: { id: string }) {
  const chart = findChart(id);
  const t = useT();
  useEffect(() => {
    document.title = t.pageTitle(chart ? chartName(t, chart.id, chart.name) : t.noSuchChartTitle);
  }, [chart, t]);
  if (!chart) return <NotFound what={t.noSuchChart(id)} />;
  return (
    <div className="chart-page">
      <p className="breadcrumb">
        <Link to="/">{t.allCharts}</Link>
      </p>
      <SelectionBar />
      <ErrorBoundary title={t.chartFailed(chartName(t, chart.id, chart.name))} retry={t.retry}>
        <ChartView chart={chart} headingLevel={1} />
      </ErrorBoundary>
    </div>
  );
}
