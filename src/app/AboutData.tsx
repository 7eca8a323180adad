import { LANG_ATTRIBUTE, useLanguage } from '../i18n/LanguageProvider';
import { useT } from '../i18n/useT';
import type { Quote } from '../charts/types';
import { datasetUrl } from '../queries/loadDataset';
import type { SourceIndex } from '../queries/datasets';
import { formatPartialDate } from '../lib/format';

interface Props {
  files: readonly string[];
  citations: readonly string[];
  quotes: readonly Quote[];
  sources: SourceIndex;
}

/** Every source behind a chart: publisher, date, link, and the excerpt that supports the figure. */
export function AboutData({ files, citations, quotes, sources }: Props) {
  const t = useT();
  const { lang } = useLanguage();
  return (
    <div className="about-data">
      <p>
        {t.dataFilesLabel(files.length)}
        {files.map((file, i) => (
          <span key={file}>
            {i > 0 && ', '}
            <a href={datasetUrl(file)} type="application/json">
              data/{file}
            </a>
          </span>
        ))}
        {t.sourcesNote}
      </p>
      <ol className="source-list">
        {citations.map((id) => {
          const s = sources.byId.get(id);
          if (!s) return null;
          const excerpts = quotes.filter((q) => q.sourceId === id);
          return (
            <li key={id} id={`source-${id}`}>
              <span className="source-publisher">{s.publisher}</span>
              {', '}
              <span className="source-date">
                {s.published === null ? t.undated : formatPartialDate(s.published, lang)}
              </span>
              {s.publishedNote && <span className="source-note"> ({s.publishedNote})</span>}
              <div className="source-fact">{s.fact}</div>
              {s.url && (
                <a className="source-link" href={s.url} rel="noopener noreferrer" target="_blank">
                  {s.url}
                </a>
              )}
              {s.localCopy && (
                <a className="source-link" href={datasetUrl(s.localCopy)}>
                  {t.readArticleCopy}
                </a>
              )}
              {s.quote && (
                <blockquote lang={s.quoteLang ?? 'en'}>
                  “{s.quote}”
                  {s.translation && (
                    <span className="translation" lang="en">
                      {' '}
                      (
                      {(t.languageNames as Record<string, string | undefined>)[s.quoteLang ?? ''] ??
                        t.languageNames.other}
                      {lang === 'zh' ? '：' : ': '}
                      {s.translation})
                    </span>
                  )}
                </blockquote>
              )}
              {excerpts.map((q) => (
                <blockquote key={q.supports} lang="en">
                  “{q.quote}”{' '}
                  <span className="quote-supports" lang={LANG_ATTRIBUTE[lang]}>
                    {t.quoteSupports(q.supports)}
                  </span>
                </blockquote>
              ))}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
