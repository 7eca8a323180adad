import { charts, type ChartId } from '../charts/registry';
import { useT } from '../state/useT';
import { useLanguage } from '../state/language';
import { AboutSection } from './AboutSection';
import { ChartView } from '../chart-card/ChartView';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { HydrationIsland } from '../components/HydrationIsland';
import { useIslandProviders } from '../state/contextBridge';
import { ExportAll } from '../export-ui/ExportAll';
import { Headlines } from './Headlines';
import { SelectionBar } from './SelectionBar';

/**
 * Charts that span the dashboard's width on a laptop; any others sit two abreast. All do now:
 * side by side, the tall nuclear card left the agreements card beside it 400 px of empty space,
 * and at full width each is laid out wider and shorter.
 */
const FULL_WIDTH: ReadonlySet<ChartId> = new Set([
  'trade',
  'agreements',
  'nuclear',
  'map',
  'milestones',
]);

/** A phone's card, and a laptop's (the page at its widest, 1240 px, less its margins). */
const BUILT = { full: { narrow: 360, wide: 1176 }, half: { narrow: 360, wide: 578 } };

export function Dashboard() {
  const t = useT();
  const { lang } = useLanguage();
  const providers = useIslandProviders();
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
        {charts.map((chart, i) => (
          <HydrationIsland key={chart.id} id={chart.id} wrap={providers}>
            <ErrorBoundary title={t.chartFailed(chart.names[lang].name)} retry={t.retry}>
              <ChartView
                chart={chart}
                headingLevel={2}
                linkToPage
                span={FULL_WIDTH.has(chart.id) ? 'full' : 'half'}
                built={{
                  ...BUILT[FULL_WIDTH.has(chart.id) ? 'full' : 'half'],
                  // Below the first, a figure's tooltips wait in a file until it comes near.
                  tipsFile: i > 0,
                }}
              />
            </ErrorBoundary>
          </HydrationIsland>
        ))}
      </div>
      <HydrationIsland id="about" wrap={providers}>
        <AboutSection />
      </HydrationIsland>
    </>
  );
}
