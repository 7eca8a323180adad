import { useQuery } from '@tanstack/react-query';
import { charts } from '../charts/registry';
import { formatPartialDate } from '../lib/format';
import { sourcesQuery } from '../queries/datasets';
import { datasetUrl } from '../queries/loadDataset';

const DATASETS = [
  ['sources.json', 'every source, by id: publisher, date, link, quote'],
  ['trade.json', 'bilateral trade by year, China customs and Kazakhstan statistics'],
  [
    'agreements.json',
    'the documents signed during the Astana talks: levels, sectors, named agreements',
  ],
  ['nuclear.json', 'planned nuclear power plants, partners, steps, uranium and fuel'],
  ['places.json', 'map points: capitals, crossings, plant site, education and culture'],
  ['milestones.json', 'dated events of the relationship since diplomatic relations began'],
] as const;

export function AboutSection() {
  const sources = useQuery(sourcesQuery);
  const article = sources.data?.byId.get('article');
  return (
    <section id="about" className="about" aria-labelledby="about-heading" tabIndex={-1}>
      <h2 id="about-heading">About this dashboard</h2>
      <p>
        It starts from one article: the report of Kassym-Jomart Tokayev’s talks with Xi Jinping in
        Astana
        {article?.published ? ` on ${formatPartialDate(article.published)}` : ''}, which gives the
        record trade, the documents signed that day and their sectors, the plan for several nuclear
        power plants, and the cultural ties between the two countries.{' '}
        {article?.localCopy && <a href={datasetUrl(article.localCopy)}>Read the article’s text.</a>}
      </p>
      <p>
        Other figures come from the public sources listed under each chart’s “About this data”.
        Every number on this page is read from the data files below and carries its source; where a
        source gives a range or a rounded figure, the chart shows it as such. China’s customs and
        Kazakhstan’s statistics report different trade totals, so they stay two separate series.
      </p>
      <h3>Data files</h3>
      <ul className="dataset-list">
        {DATASETS.map(([file, what]) => (
          <li key={file}>
            <a href={datasetUrl(file)}>
              <code>data/{file}</code>
            </a>{' '}
            — {what}
          </li>
        ))}
      </ul>
      <h3>Charts</h3>
      <ul className="dataset-list">
        {charts.map((c) => (
          <li key={c.id}>
            <a href={`${import.meta.env.BASE_URL}chart/${c.id}`}>{c.name}</a> — {c.description}
          </li>
        ))}
      </ul>
    </section>
  );
}
