import { describe, expect, it } from 'vitest';
import type { ChartId } from '../../src/charts/registry';
import { typeScale } from '../../src/figure/frame';
import { plotFit } from '../../src/figure/plotFit';
import { keepMarkerWithTitle, partOf, partTitle } from '../../src/figure/slideParts';
import {
  SLIDE_TYPE_FLOOR,
  SLIDE_TYPE_WIDTH,
  slideParts,
  type SlideAspect,
} from '../../src/figure/slideSize';
import type { Language } from '../../src/i18n/languages';
import { composedOf } from '../helpers/charts';

function partsOf(id: ChartId, lang: Language, aspect: SlideAspect) {
  return slideParts(aspect, (size) => composedOf(id, { lang, size })).map((f) => f.model);
}

describe('a part of a chart split over slides', () => {
  it('takes a contiguous, even share of the items, every item once', () => {
    const items = Array.from({ length: 22 }, (_, i) => i);
    const parts = [0, 1, 2].map((index) => partOf(items, { index, count: 3 }));
    expect(parts.map((p) => p.length)).toEqual([7, 8, 7]);
    expect(parts.flat()).toEqual(items);
    expect(partOf(items, undefined)).toEqual(items);
  });

  it('says which part it is in its title, in full-width brackets in Chinese', () => {
    expect(partTitle('Milestones', { index: 1, count: 3 })).toBe('Milestones (2/3)');
    expect(partTitle('重要节点', { index: 0, count: 2 })).toBe('重要节点（1/2）');
    expect(partTitle('Milestones', { index: 0, count: 1 })).toBe('Milestones');
  });

  it('never leaves the marker alone on a title’s last line', () => {
    expect(keepMarkerWithTitle(['Kazakhstan plans two plants', '(1/2)'])).toEqual([
      'Kazakhstan plans two',
      'plants (1/2)',
    ]);
    expect(keepMarkerWithTitle(['中核集团有望承建第2座和第3座', '（1/2）'])).toEqual([
      '中核集团有望承建第2座和第3',
      '座（1/2）',
    ]);
    expect(keepMarkerWithTitle(['A title', 'that wraps (1/2)'])).toEqual([
      'A title',
      'that wraps (1/2)',
    ]);
  });
});

describe('slides laid out for a room', () => {
  it('keeps a chart that fits on one slide whole', () => {
    const [only, ...rest] = partsOf('trade', 'en', '16:9');
    expect(rest).toEqual([]);
    expect(only?.part).toBeUndefined();
    expect(plotFit(only ?? ({} as never)).k).toBe(1);
  });

  it.each([
    ['kk', '4:3'],
    ['ru', '4:3'],
    ['en', '16:9'],
  ] as const)(
    'splits the milestones in %s on %s slides, each part legible, every event on one',
    (lang, aspect) => {
      const parts = partsOf('milestones', lang, aspect);
      const whole = composedOf('milestones', { lang }).model;
      const ids = parts.flatMap((p) => p.marks.map((m) => m.id));
      expect(ids).toEqual(whole.marks.map((m) => m.id));
      parts.forEach((p, i) => {
        expect(p.part).toEqual(parts.length > 1 ? { index: i, count: parts.length } : undefined);
        // The smallest plot type, once the plot is fitted to the slide's height.
        const sizes = (p.plot as { texts: { size: number }[] }).texts.map((t) => t.size);
        expect(Math.min(...sizes) * plotFit(p).k).toBeGreaterThanOrEqual(SLIDE_TYPE_FLOOR - 0.5);
        expect(p.frame.title.lines.join(' ')).toMatch(
          parts.length > 1 ? new RegExp(`\\(${String(i + 1)}/${String(parts.length)}\\)$`) : /\d$/,
        );
      });
      if (lang !== 'en') expect(parts.length).toBeGreaterThan(1);
    },
  );

  it.each(['ru', 'kk'] as const)(
    'shares the %s milestones out by the room each slide leaves, none left half empty',
    (lang) => {
      const parts = partsOf('milestones', lang, '4:3');
      expect(parts.length).toBeLessThanOrEqual(3);
      for (const p of parts) {
        const natural = (p.plot as { height: number }).height;
        expect(natural / p.frame.plot.height).toBeGreaterThan(0.6);
      }
    },
  );

  it('splits the nuclear plan by panels, at most three, every mark on one part', () => {
    const parts = partsOf('nuclear', 'ru', '4:3');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.length).toBeLessThanOrEqual(3);
    const whole = composedOf('nuclear', { lang: 'ru' }).model;
    const ids = parts.flatMap((p) => p.marks.map((m) => m.id)).sort();
    expect(ids).toEqual(whole.marks.map((m) => m.id).sort());
    // The subtitle heads the first part only.
    expect(parts[0]?.frame.subtitle.lines.length).toBeGreaterThan(0);
    for (const p of parts.slice(1)) expect(p.frame.subtitle.lines).toEqual([]);
  });

  it('sets slide titles at 24 pt: the slide type scale’s title on a 13.33 in slide', () => {
    // 0.8 pt a figure pixel.
    expect(typeScale(SLIDE_TYPE_WIDTH).title * 0.8).toBeGreaterThanOrEqual(24);
  });
});
