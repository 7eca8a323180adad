import { useQuery } from '@tanstack/react-query';
import { LANG_ATTRIBUTE, useLanguage } from '../state/language';
import { quoteKey } from '../i18n/sourceWords';
import { dataTextsQuery } from '../queries/dataTexts';
import { useT } from '../state/useT';

/** A source's words as it wrote them, marked as English, with the reader's translation beside. */
export function Quoted({ quote }: { quote: string }) {
  const { lang } = useLanguage();
  const t = useT();
  const words = useQuery(dataTextsQuery(lang)).data;
  const translation = lang === 'en' ? undefined : words?.[quoteKey(quote)];
  return (
    <>
      <q lang="en">{quote}</q>
      {translation && (
        <span className="quote-translation" lang={LANG_ATTRIBUTE[lang]}>
          {t.quoteTranslation(translation)}
        </span>
      )}
    </>
  );
}
