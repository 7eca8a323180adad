/** The deck's shapes: 16:9 widescreen (13.33 × 7.5 in) or 4:3 (10 × 7.5 in). */
export const DECK_ASPECTS = ['16:9', '4:3'] as const;
export type DeckAspect = (typeof DECK_ASPECTS)[number];

/** `kzcn-deck-zh.pptx`, `kzcn-handout-ru-4x3.pdf`: the language, and the shape when not 16:9. */
export function deckFileName(kind: 'deck' | 'handout', lang: string, aspect: DeckAspect): string {
  const shape = aspect === '16:9' ? '' : `-${aspect.replace(':', 'x')}`;
  return `kzcn-${kind}-${lang}${shape}.${kind === 'deck' ? 'pptx' : 'pdf'}`;
}
