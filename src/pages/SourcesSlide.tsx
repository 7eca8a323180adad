import { FileIsland } from '../chart-card/FileIsland';
import { figureFiles } from '../charts/fingerprint';
import type { Chart } from '../charts/registry';
import { charts } from '../charts/registry';
import { useFigure } from '../chart-card/useFigure';
import { useHydrated } from '../components/Island';
import { useLanguage } from '../state/language';
import { absoluteHref, href } from '../state/router';
import { useSelection } from '../state/selection';
import { useT } from '../state/useT';
import { slideFigureSize } from '../figure/slideSize';

/** The size a chart's source line is read at: any slide's, as the line is the same on each. */
const SLIDE = slideFigureSize('16:9');

/** Every file a chart's source line is read from. */
const SOURCE_FILES = [...new Set(charts.flatMap((c) => figureFiles(c)))];

function SourceLine({ chart }: { chart: Chart }) {
  const selection = useSelection();
  const state = useFigure(chart, SLIDE, selection);
  const t = useT();
  const { lang } = useLanguage();
  return (
    <li>
      <strong>{chart.names[lang].name}.</strong>{' '}
      {state.status === 'ready'
        ? state.model.text.source
        : state.status === 'error'
          ? t.dataUnavailable(state.error.message)
          : t.loading}
    </li>
  );
}

function SourceList() {
  const t = useT();
  const hydrated = useHydrated();
  // The site's own address, as the reader's browser reaches it; a built page names its path.
  const home = hydrated ? absoluteHref('/') : href('/');
  return (
    <>
      <ul>
        {charts.map((c) => (
          <SourceLine key={c.id} chart={c} />
        ))}
      </ul>
      <p>
        {t.sourcesWhere} <a href={home}>{home.replace(/^https?:\/\//, '')}</a>.
      </p>
    </>
  );
}

export function SourcesSlide() {
  const t = useT();
  return (
    <div className="slide-sources">
      <h1>{t.sourcesHeading}</h1>
      <p>{t.sourcesIntro}</p>
      <FileIsland id="slide-sources" files={SOURCE_FILES}>
        <SourceList />
      </FileIsland>
    </div>
  );
}
