import { figureType } from '../../figure/frame';
import type { Selection } from '../../figure/selection';
import type { Language } from '../../i18n/languages';
import { describeSource } from '../../i18n/sourceWords';
import type { Nuclear } from '../../schema/nuclear';
import type { ChartInput } from '../contract';
import type { NuclearText } from './text';
import type { Partner } from './nuclearTypes';

/** Everything the stages read, worked out once from the chart's input. */
export interface NuclearContext {
  n: Nuclear;
  t: NuclearText;
  lang: Language;
  selection: Selection;
  translateQuote: (quote: string) => string | undefined;
  partners: Map<string, Partner>;
  /** A source's description, as marks and table rows cite it. */
  src: (id: string) => string;
  k: number;
  /** Body text size. */
  fs: number;
  /** Secondary text size. */
  small: number;
}

export function nuclearContext({
  data: { nuclear: n },
  text: t,
  lang,
  sources,
  size,
  selection,
  translateQuote,
}: ChartInput<{ nuclear: Nuclear }, NuclearText>): NuclearContext {
  // Type sizes follow the figure's whole width, not the plot's, like the frame's own text.
  const { k, body } = figureType(size);
  return {
    n,
    t,
    lang,
    selection,
    translateQuote,
    partners: new Map(n.partners.map((p) => [p.id, p])),
    src: (id) => describeSource(sources.byId.get(id), lang),
    k,
    fs: body,
    small: body * 0.92,
  };
}
