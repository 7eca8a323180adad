import type { TipContent } from './tipContent';

/** A tooltip's words; tipDom.ts writes the same elements for a built page before its code. */
export function TipBody({ content }: { content: TipContent }) {
  const { heading, value, note, quote, source } = content;
  return (
    <>
      <div className="tooltip-heading">{heading}</div>
      <div className="tooltip-value">{value}</div>
      {note && <div className="tooltip-note">{note}</div>}
      {quote && (
        <div className="tooltip-note">
          <q lang="en">{quote.text}</q>
          {quote.translation && (
            <span className="quote-translation" lang={quote.lang}>
              {quote.translation}
            </span>
          )}
        </div>
      )}
      <div className="tooltip-source">{source}</div>
    </>
  );
}
