import type { ReactNode } from 'react';
import { figureFiles } from '../charts/fingerprint';
import type { Chart } from '../charts/registry';
import { Island } from '../components/Island';
import { useLanguage } from '../state/language';
import { useT } from '../state/useT';
import { BuiltFigure, type BuiltWidths } from './BuiltFigure';
import { useBuiltFingerprint } from './islandData';
import { figureIsland } from './useLiveness';

interface Props {
  chart: Chart;
  /** The widths (or the slide's size) the page is built with. */
  widths: BuiltWidths;
  /** The live figure, once it can be shown. */
  live: ReactNode;
}

/**
 * A chart's figure as the page was built with it, noting what files it was made from, until its
 * live version takes its place; on a page React draws itself, a loading line until then.
 */
export function FigureIsland({ chart, widths, live }: Props) {
  const t = useT();
  const { lang } = useLanguage();
  const fingerprint = useBuiltFingerprint(figureFiles(chart));
  return (
    <Island
      id={figureIsland(chart)}
      className="figure figure-built"
      {...(fingerprint ? { fingerprint } : {})}
      fallback={
        <div className="chart-loading" role="status">
          {t.loadingChart(chart.names[lang].name.toLowerCase())}
        </div>
      }
      live={live}
    >
      <BuiltFigure chart={chart} widths={widths} />
    </Island>
  );
}
