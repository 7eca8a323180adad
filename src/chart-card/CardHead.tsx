import type { Chart } from '../charts/registry';
import { useHydrated } from '../components/Island';
import { EmbedButton } from '../embed-ui/EmbedButton';
import { ExportMenu } from '../export-ui/ExportMenu';
import type { FigureModel } from '../figure/model';
import type { Selection } from '../figure/selection';
import { useLanguage } from '../state/language';
import { Link } from '../state/router';
import { useT } from '../state/useT';

export type Tab = 'chart' | 'table';

const figureSize = ({ text, frame }: FigureModel<unknown>) => ({
  title: text.title,
  width: frame.width,
  height: frame.height,
});

interface Props {
  chart: Chart;
  headingId: string;
  headingLevel: 1 | 2;
  linkToPage: boolean;
  tab: Tab;
  onTab: (tab: Tab) => void;
  /** The figure's width on screen, for the "as shown" export. */
  width: number;
  /** The live figure, once there is one. */
  model: FigureModel<unknown> | null;
  selection: Selection;
  /** The reader reached for the chart: its live figure should come. */
  onReach: () => void;
}

/** A chart card's name and tools: chart or table, export, embed, and its own page. */
export function CardHead(props: Props) {
  const { chart, headingId, tab, onTab, model, selection } = props;
  const t = useT();
  const { lang } = useLanguage();
  const hydrated = useHydrated();
  const name = chart.names[lang].name;
  const Heading = props.headingLevel === 1 ? 'h1' : 'h2';
  // A file opened from disk has no address another page could embed.
  const embeddable = !hydrated || window.location.protocol !== 'file:';
  return (
    <div className="chart-card-head">
      <Heading id={headingId} className="chart-name">
        {name}
      </Heading>
      <div className="chart-tools">
        <div className="segmented js-only" role="group" aria-label={t.chartViews(name)}>
          <button type="button" aria-pressed={tab === 'chart'} onClick={() => onTab('chart')}>
            {t.viewChart}
          </button>
          <button type="button" aria-pressed={tab === 'table'} onClick={() => onTab('table')}>
            {t.viewTable}
          </button>
        </div>
        <ExportMenu chart={chart} width={props.width} selection={selection} />
        {embeddable && (
          <EmbedButton
            chart={chart}
            selection={selection}
            onOpen={props.onReach}
            {...(model ? { figure: figureSize(model) } : {})}
          />
        )}
        {props.linkToPage && (
          <Link className="button ghost" to={`/chart/${chart.id}`}>
            {t.open}
            <span className="visually-hidden"> {t.openChartPage(name.toLowerCase())}</span>
          </Link>
        )}
      </div>
    </div>
  );
}
