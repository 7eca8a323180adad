import { describe, expect, it } from 'vitest';
import { parseSelection, selectionParams } from '../../src/figure/selection';

describe('parseSelection', () => {
  it('reads a well-formed view', () => {
    expect(parseSelection('?sector=oil-gas&year=2024&place=aktau&hide=corridors,plants')).toEqual({
      sector: 'oil-gas',
      year: 2024,
      place: 'aktau',
      hide: ['corridors', 'plants'],
    });
  });

  it.each([
    ['markup', '?sector=<script>alert(1)</script>'],
    ['upper case', '?sector=Oil'],
    ['a trailing hyphen', '?place=aktau-'],
    ['an over-long id', `?place=${'a'.repeat(41)}`],
    ['an empty value', '?sector='],
    ['a repeated hyphen', '?sector=oil--gas'],
  ])('drops an id with %s', (_, search) => {
    expect(parseSelection(search)).toEqual({});
  });

  it.each(['1979', '2051', '20x4', '2024.5', '02024', '-2024', 'NaN', ''])(
    'drops the year %j',
    (year) => {
      expect(parseSelection(`?year=${encodeURIComponent(year)}`)).toEqual({});
    },
  );

  it('keeps only well-formed layers, at most eight', () => {
    const hide = ['a', 'B', 'c d', ...Array.from({ length: 10 }, (_, i) => `l${i}`)].join(',');
    expect(parseSelection(`?hide=${encodeURIComponent(hide)}`).hide).toEqual([
      'a',
      'l0',
      'l1',
      'l2',
      'l3',
      'l4',
      'l5',
      'l6',
    ]);
  });

  it('writes back what it reads, in a fixed order', () => {
    const selection = parseSelection('?year=2023&place=aktau&sector=energy');
    expect(selectionParams(selection).toString()).toBe('sector=energy&year=2023&place=aktau');
  });
});
