import { charts } from '../charts/registry';
import { AboutSection } from './AboutSection';
import { ChartView } from './ChartView';
import { ErrorBoundary } from './ErrorBoundary';
import { ExportAll } from './ExportAll';
import { Headlines } from './Headlines';
import { SelectionBar } from './SelectionBar';

export function Dashboard() {
  return (
    <>
      <section className="intro" aria-labelledby="page-title">
        <h1 id="page-title">Kazakhstan–China Ties</h1>
        <p className="lede">
          Trade, agreements, nuclear energy and people-to-people links between Kazakhstan and China,
          from the Astana talks of Xi Jinping’s visit back to the start of diplomatic relations.
          Every figure names its source.
        </p>
      </section>
      <Headlines />
      <SelectionBar />
      <ExportAll shownWidth={1100} />
      <div className="chart-grid">
        {charts.map((chart) => (
          <ErrorBoundary key={chart.id} name={chart.name}>
            <ChartView chart={chart} headingLevel={2} linkToPage />
          </ErrorBoundary>
        ))}
      </div>
      <AboutSection />
    </>
  );
}
