import { useQuery } from '@tanstack/react-query';
import { LANG_ATTRIBUTE, useLanguage } from '../state/language';
import { quoteKey } from '../i18n/sourceWords';
import { dataTextsQuery } from '../queries/dataTexts';
import { useT } from '../state/useT';
import type { Quote } from '../figure/model';
import { datasetUrl } from '../queries/loadDataset';
import type { SourceIndex } from '../schema/sources';
import { formatPartialDate } from '../i18n/format';
import { Quoted } from './Quoted';

interface Props {
  files: readonly string[];
  /** The figure in words. */
  summary: string;
  citations: readonly string[];
  quotes: readonly Quote[];
  sources: SourceIndex;
}

/** Every source behind a chart: publisher, date, link, and the excerpt that supports the figure. */
export function AboutData({ files, summary, citations, quotes, sources }: Props) {
  const t = useT();
  const { lang } = useLanguage();
  const words = useQuery(dataTextsQuery(lang)).data;
  return (
    <div className="about-data">
      <p className="figure-summary">{summary}</p>
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
              {s.quote &&
                (s.quoteLang ? (
                  <OtherLanguageQuote
                    quote={s.quote}
                    quoteLang={s.quoteLang}
                    english={s.translation}
                    translated={lang === 'en' ? undefined : words?.[quoteKey(s.quote)]}
                  />
                ) : (
                  <blockquote>
                    <Quoted quote={s.quote} />
                  </blockquote>
                ))}
              {excerpts.map((q) => (
                <blockquote key={q.supports}>
                  <Quoted quote={q.quote} />{' '}
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

/** A quote in Russian or Kazakh, with its translation into the reader's language (else English). */
function OtherLanguageQuote(props: {
  quote: string;
  quoteLang: string;
  english: string | undefined;
  translated: string | undefined;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const translation = props.quoteLang === lang ? undefined : (props.translated ?? props.english);
  const languageName =
    (t.languageNames as Record<string, string | undefined>)[props.quoteLang] ??
    t.languageNames.other;
  return (
    <blockquote lang={props.quoteLang}>
      “{props.quote}”
      {translation && (
        <span className="translation" lang={props.translated ? LANG_ATTRIBUTE[lang] : 'en'}>
          {' '}
          ({languageName}
          {lang === 'zh' ? '：' : ': '}
          {translation})
        </span>
      )}
    </blockquote>
  );
}
