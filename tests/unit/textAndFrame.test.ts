import { describe, expect, it } from 'vitest';
import { layoutFrame } from '../../src/figure/frame';
import { palettes } from '../../src/figure/palette';
import { measureText, wrapText } from '../../src/figure/textMetrics';
import {
  formatPartialDate,
  formatPercent,
  formatUsdBn,
  formatUsdBnShort,
  listJoin,
} from '../../src/i18n/format';

describe('text metrics', () => {
  it('measures wider strings wider and scales with size', () => {
    expect(measureText('WWW', 10)).toBeGreaterThan(measureText('iii', 10));
    expect(measureText('2024', 20)).toBeCloseTo(measureText('2024', 10) * 2);
  });

  it('wraps to the width, keeping every word', () => {
    const text = 'Trade between Kazakhstan and China reached a record $44 billion in 2024';
    const lines = wrapText(text, 150, 16);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(measureText(l, 16)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(text);
  });
});

describe('layoutFrame', () => {
  const text = {
    title: 'A title that states the finding',
    subtitle: 'The measure and the unit',
    legend: [
      { key: 'a', label: 'China customs', color: 'cn', symbols: ['line'] },
      { key: 'b', label: 'Kazakhstan statistics', color: 'kz', symbols: ['line'] },
    ],
    source: 'Source: somewhere',
  } as const;

  it('stacks title, subtitle, legend, plot and source without overlap', () => {
    const f = layoutFrame(text, { width: 600 }, () => 300);
    expect(f.subtitle.y).toBeGreaterThan(f.title.y);
    const legendY = Math.max(...f.legend.entries.map((e) => e.y));
    expect(legendY).toBeGreaterThan(f.subtitle.y);
    expect(f.plot.y).toBeGreaterThan(legendY);
    expect(f.source.y).toBeGreaterThan(f.plot.y + f.plot.height);
    expect(f.height).toBeGreaterThan(f.source.y);
  });

  it('wraps the legend onto more rows on a narrow figure', () => {
    const wide = layoutFrame(text, { width: 900 }, () => 300);
    const narrow = layoutFrame(text, { width: 240 }, () => 300);
    expect(new Set(wide.legend.entries.map((e) => e.y)).size).toBe(1);
    expect(new Set(narrow.legend.entries.map((e) => e.y)).size).toBe(2);
  });
});

describe('palettes', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  for (const [name, p] of Object.entries(palettes)) {
    const groups = [p.group1, p.group2, p.group3, p.group4];
    it(`${name}: text colours reach 4.5:1 on the background`, () => {
      for (const c of [p.text, p.muted, p.kz, p.cn, p.accent, ...groups]) {
        expect(contrast(c, p.background)).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`${name}: text on a filled group colour reaches 4.5:1`, () => {
      for (const g of groups) expect(contrast(p.onGroup, g)).toBeGreaterThanOrEqual(4.5);
    });

    it(`${name}: map countries and marks stand out from the land (3:1)`, () => {
      for (const c of [p.kz, p.cn, p.accent, p.text]) {
        expect(contrast(c, p.land)).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

describe('formats', () => {
  it('formats dates at the precision the source gives', () => {
    expect(formatPartialDate('2025-06-16')).toBe('16 June 2025');
    expect(formatPartialDate('2023-12')).toBe('December 2023');
    expect(formatPartialDate('2012')).toBe('2012');
  });

  it('formats billions, marking rounded figures', () => {
    expect(formatUsdBn(43.82)).toBe('$43.82 billion');
    expect(formatUsdBn(44, true)).toBe('≈$44 billion');
  });
});

describe('line breaking in Chinese, Russian and Kazakh', () => {
  it('breaks Chinese between characters, never before closing punctuation', () => {
    const lines = wrapText(
      '哈萨克斯坦与中国在2025年6月16日签署了24份文件，涉及十二个领域。',
      120,
      14,
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('哈萨克斯坦与中国在2025年6月16日签署了24份文件，涉及十二个领域。');
    for (const line of lines) {
      expect(measureText(line, 14)).toBeLessThanOrEqual(120);
      expect(line).not.toMatch(/^[，。、；：）]/);
    }
    // Digits stay together.
    expect(lines.some((l) => l.includes('2025'))).toBe(true);
  });

  it('keeps spaces between words of Cyrillic text', () => {
    const text = 'Қазақстан мен Қытай 2025 жылғы 16 маусымда 24 құжатқа қол қойды';
    const lines = wrapText(text, 150, 14);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(measureText(line, 14)).toBeLessThanOrEqual(150);
  });
});

describe('numbers, money and dates in each language', () => {
  it('writes money as each language does', () => {
    expect(formatUsdBn(43.82)).toBe('$43.82 billion');
    expect(formatUsdBn(43.82, false, 'ru')).toBe('43,82 млрд долларов');
    expect(formatUsdBn(44, true, 'kk')).toBe('≈44 млрд доллар');
    expect(formatUsdBn(43.82, false, 'zh')).toBe('438.2亿美元');
    expect(formatUsdBnShort(44, false, 'ru')).toBe('44 млрд $');
    expect(formatUsdBnShort(44, false, 'zh')).toBe('440亿美元');
    expect(formatPercent(43, 1, 'ru')).toBe('43\u00a0%');
  });

  it('writes dates given to the day, month or year', () => {
    expect(formatPartialDate('2025-06-16')).toBe('16 June 2025');
    expect(formatPartialDate('2025-06-16', 'ru')).toBe('16\u00a0июня 2025\u00a0г.');
    expect(formatPartialDate('2025-06-16', 'kk')).toBe('2025\u00a0ж. 16\u00a0маусым');
    expect(formatPartialDate('2025-06-16', 'zh')).toBe('2025年6月16日');
    expect(formatPartialDate('2023-12', 'zh')).toBe('2023年12月');
    expect(formatPartialDate('2012', 'ru')).toBe('2012');
  });

  it('joins lists', () => {
    expect(listJoin(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listJoin(['a', 'b', 'c'], 'kk')).toBe('a, b және c');
    expect(listJoin(['甲', '乙', '丙'], 'zh')).toBe('甲、乙和丙');
  });
});
