import { charts } from '../charts/registry';
import { FileIsland } from '../chart-card/FileIsland';
import { formatPartialDate } from '../i18n/format';
import { useLanguage } from '../state/language';
import { useT } from '../state/useT';
import { Link } from '../state/router';
import { useSources } from '../state/useSources';
import { datasetUrl } from '../queries/loadDataset';
import { DATA_FILES, DATASETS } from '../schema/dataFiles';

/** What the article is, dated from sources.json, with a link to its text. */
function ArticleLine() {
  const sources = useSources();
  const t = useT();
  const { lang } = useLanguage();
  const article = sources.data?.byId.get('article');
  return (
    <p>
      {t.aboutArticle(article?.published ? formatPartialDate(article.published, lang) : '')}{' '}
      {article?.localCopy && <a href={datasetUrl(article.localCopy)}>{t.readArticle}</a>}
    </p>
  );
}

const ARTICLE_FILES = ['sources'] as const;

export function AboutSection() {
  const t = useT();
  const { lang } = useLanguage();
  return (
    <section id="about" className="about" aria-labelledby="about-heading" tabIndex={-1}>
      <h2 id="about-heading">{t.aboutHeading}</h2>
      <FileIsland id="about-article" files={ARTICLE_FILES}>
        <ArticleLine />
      </FileIsland>
      <p>{t.aboutSources}</p>
      <h3>{t.dataFiles}</h3>
      <ul className="dataset-list">
        {DATA_FILES.map((name) => (
          <li key={name}>
            <a href={datasetUrl(DATASETS[name].file)}>
              <code>{DATASETS[name].path}</code>
            </a>{' '}
            — {t.datasetDescriptions[name]}
          </li>
        ))}
      </ul>
      <h3>{t.chartsHeading}</h3>
      <ul className="dataset-list">
        {charts.map((c) => (
          <li key={c.id}>
            <Link to={`/chart/${c.id}`}>{c.names[lang].name}</Link> — {c.names[lang].description}
          </li>
        ))}
      </ul>
    </section>
  );
}
