import { charts } from '../charts/registry';
import { useT } from '../state/useT';
import { useLanguage } from '../state/language';
import { AboutSection } from './AboutSection';
import { ChartView } from '../chart-card/ChartView';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ExportAll } from '../export-ui/ExportAll';
import { Headlines } from './Headlines';
import { SelectionBar } from './SelectionBar';

export function Dashboard() {
  const t = useT();
  const { lang } = useLanguage();
  return (
    <>
      <section className="intro" aria-labelledby="page-title">
        <h1 id="page-title">{t.siteTitle}</h1>
        <p className="lede">{t.lede}</p>
      </section>
      <Headlines />
      <SelectionBar />
      <ExportAll shownWidth={1100} />
      <div className="chart-grid">
        {charts.map((chart) => (
          <ErrorBoundary
            key={chart.id}
            title={t.chartFailed(chart.names[lang].name)}
            retry={t.retry}
          >
            <ChartView chart={chart} headingLevel={2} linkToPage />
          </ErrorBoundary>
        ))}
      </div>
      <AboutSection />
    </>
  );
}
