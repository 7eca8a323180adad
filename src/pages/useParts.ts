import { useCallback, useState } from 'react';

/** Where a chart slide split in parts stands: which part shows, of how many. */
export interface Parts {
  index: number;
  count: number;
}

/** Entering a slide: at its first part, or (stepping back) at its last. */
export type PartEntry = 'first' | 'last';

const ONE: Parts = { index: 0, count: 1 };

/**
 * The part of the current slide a presenter is on. A long chart is split over parts as in the
 * deck; the arrow keys, clicks and swipes step through them before the next slide. The part
 * belongs to the slide it was chosen on, so any other way to a slide starts at its first part.
 */
export function useParts(slide: number) {
  const [chosen, setChosen] = useState<{ slide: number; part: number | 'last' }>({
    slide,
    part: 0,
  });
  const [shown, setShown] = useState<{ slide: number; parts: Parts }>({ slide, parts: ONE });
  const part = chosen.slide === slide ? chosen.part : 0;
  const parts = shown.slide === slide ? shown.parts : ONE;
  const onParts = useCallback((p: Parts) => setShown({ slide, parts: p }), [slide]);
  const step = {
    /** The next part of this slide, if it has one: true when taken. */
    forward: (): boolean => {
      if (parts.index >= parts.count - 1) return false;
      setChosen({ slide, part: parts.index + 1 });
      return true;
    },
    back: (): boolean => {
      if (parts.index <= 0) return false;
      setChosen({ slide, part: parts.index - 1 });
      return true;
    },
    enter: (next: number, entry: PartEntry) => {
      setChosen({ slide: next, part: entry === 'last' ? 'last' : 0 });
    },
  };
  return { part, parts, onParts, step };
}
