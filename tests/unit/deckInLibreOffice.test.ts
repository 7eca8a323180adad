// The deck as a presenter opens it: written by `npm run export -- --deck`, converted by
// LibreOffice Impress (soffice --headless), drawn by poppler. CI installs both from Debian.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS, charts, type ChartId } from '../../src/charts/registry';
import { LANGUAGES, type Language } from '../../src/i18n/languages';
import { convertWithLibreOffice } from '../helpers/libreOffice';
import { openPptx } from '../helpers/pptx';

const dir = mkdtempSync(join(tmpdir(), 'kzcn-deck-'));

interface Opened {
  slides: string[];
  charts: string[];
  pdfText: string;
  pages: number;
}
const opened = new Map<string, Opened>();

function open(lang: string, aspect: string): Opened {
  const shape = aspect === '16:9' ? '' : `-${aspect.replace(':', 'x')}`;
  const name = `kzcn-deck-${lang}${shape}`;
  const deck = openPptx(readFileSync(join(dir, `${name}.pptx`)));
  const { slides } = deck;
  const charts = deck.paths(/^ppt\/charts\/chart\d+\.xml$/).map(deck.text);
  const pdf = join(dir, `${name}.pdf`);
  const pdfText = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return { slides, charts, pdfText, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

const words = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  );
const squash = (s: string) => s.replace(/\s+/g, '');

/** The chart a slide draws, by the name of its group of shapes. */
function chartOf(xml: string, lang: Language): ChartId | undefined {
  const name = /<p:grpSp><p:nvGrpSpPr><p:cNvPr id="\d+" name="([^"]*)"/.exec(xml)?.[1];
  const plain = name?.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  return charts.find((c) => c.names[lang].name === plain)?.id;
}

/** Each chart slide's chart, in order: a long chart takes consecutive slides. */
const slideCharts = (slides: readonly string[], lang: Language) =>
  slides.slice(1, -1).map((xml) => chartOf(xml, lang));

const fontSizes = (xml: string) =>
  [...xml.matchAll(/<a:rPr[^>]* sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);

beforeAll(() => {
  for (const aspect of ['16:9', '4:3']) {
    const langs = aspect === '16:9' ? 'all' : 'en';
    execFileSync(
      'node',
      ['src/build/run.mjs', 'export', '--deck', aspect, '--lang', langs, '--out', dir],
      {
        stdio: 'pipe',
      },
    );
  }
  // The classic shape in every language, in a folder of its own (read, not converted).
  execFileSync(
    'node',
    [
      'src/build/run.mjs',
      'export',
      '--deck',
      '4:3',
      '--lang',
      'all',
      '--out',
      join(dir, 'classic'),
    ],
    { stdio: 'pipe' },
  );
  // The opt-in fallback, in a folder of its own (not converted).
  execFileSync(
    'node',
    [
      'src/build/run.mjs',
      'export',
      '--deck',
      '16:9',
      '--lang',
      'en',
      '--pictures',
      '--out',
      join(dir, 'pictures'),
    ],
    { stdio: 'pipe' },
  );
  const decks = execFileSync('ls', [dir], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.endsWith('.pptx'))
    .map((f) => join(dir, f));
  convertWithLibreOffice(dir, decks, 'pdf');
  for (const lang of LANGUAGES) opened.set(`${lang} 16:9`, open(lang, '16:9'));
  opened.set('en 4:3', open('en', '4:3'));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([...LANGUAGES.map((l) => [l, '16:9']), ['en', '4:3']])(
  'the %s deck, %s',
  (lang, aspect) => {
    const deck = (): Opened => {
      const found = opened.get(`${lang} ${aspect}`);
      if (!found) throw new Error(`no ${lang} ${aspect} deck`);
      return found;
    };

    it('has a title slide, each chart in dashboard order and a sources slide, in LibreOffice too', () => {
      const order = slideCharts(deck().slides, lang as Language);
      // A chart too long for one legible slide takes two to four, one after the other.
      expect([...new Set(order)]).toEqual(CHART_IDS);
      for (const id of CHART_IDS) {
        const count = order.filter((c) => c === id).length;
        expect(count, id).toBeLessThanOrEqual(4);
        if (count > 1) {
          const titles = deck()
            .slides.filter((xml) => chartOf(xml, lang as Language) === id)
            .map((xml) => words(xml).join(' '));
          titles.forEach((title, i) =>
            expect(title).toMatch(new RegExp(`[(（]${String(i + 1)}/${String(count)}[)）]`)),
          );
        }
      }
      expect(deck().pages).toBe(deck().slides.length);
    });

    it('draws every chart as native shapes and text, never a picture', () => {
      for (const xml of deck().slides) expect(xml).not.toContain('<p:pic>');
      const chartSlides = deck().slides.slice(1, -1);
      for (const xml of chartSlides) {
        expect(xml).toContain('<p:grpSp>');
        expect(xml).toMatch(/<a:custGeom>|<a:prstGeom prst="(rect|ellipse|roundRect)">/);
      }
      // Trade is a native chart with the page's markers: squares for China, circles for Kazakhstan.
      expect(deck().charts).toHaveLength(1);
      expect(deck().charts[0]).toContain('<c:scatterChart>');
      expect(deck().charts[0]).toMatch(/<c:symbol val="square"\/>[\s\S]*<c:symbol val="circle"\/>/);
      expect(deck().charts[0]).toContain('<c:symbol val="diamond"/>');
      // Every year with a figure is on the year axis, however narrow the slide.
      const chart = deck().charts[0] ?? '';
      const xs = [
        ...(/<c:xVal>[\s\S]*?<\/c:xVal>/.exec(chart)?.[0] ?? '').matchAll(/<c:v>(\d+)<\/c:v>/g),
      ].map((m) => Number(m[1]));
      const min = Number(/<c:valAx>[\s\S]*?<c:min val="([\d.]+)"\/>/.exec(chart)?.[1]);
      expect(xs.length).toBeGreaterThan(5);
      expect(min).toBeLessThanOrEqual(Math.min(...xs));
    });

    it('keeps every word of every chart as text: LibreOffice’s PDF holds each one', () => {
      const text = squash(deck().pdfText);
      const chartWords = deck()
        .slides.slice(1, -1)
        .flatMap(words)
        .filter((w) => w.trim() !== '');
      expect(chartWords.length).toBeGreaterThan(150);
      const missing = chartWords.filter((w) => !text.includes(squash(w)));
      expect(missing).toEqual([]);
    });

    it('sets its words in a room’s sizes: titles 24 pt or more, every run 12 pt or more', () => {
      deck().slides.forEach((xml, i) => {
        const s = fontSizes(xml);
        expect(s.length, `slide ${String(i + 1)}`).toBeGreaterThan(0);
        expect(Math.max(...s), `slide ${String(i + 1)}`).toBeGreaterThanOrEqual(24);
        expect(Math.min(...s), `slide ${String(i + 1)}`).toBeGreaterThanOrEqual(12);
      });
    });

    it('tags every run with its language', () => {
      const tag = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ', zh: 'zh-CN' }[lang as 'en'];
      for (const xml of deck().slides) {
        const runs = [...xml.matchAll(/<a:rPr[^>]*>/g)].map((m) => m[0]);
        expect(runs.every((r) => r.includes(`lang="${tag}"`))).toBe(true);
        if (lang === 'zh') expect(xml).toMatch(/<a:ea typeface="Microsoft YaHei"/);
      }
    });
  },
);

describe.each([...LANGUAGES.map((l) => [l, '16:9']), ['en', '4:3']])(
  'the %s handout, %s',
  (lang, aspect) => {
    const shape = aspect === '16:9' ? '' : '-4x3';
    const file = () => join(dir, `kzcn-handout-${lang}${shape}.pdf`);

    it('has the deck’s pages at the slide’s size, every font embedded', () => {
      const info = execFileSync('pdfinfo', [file()], { encoding: 'utf8' });
      const deck = opened.get(`${lang} ${aspect}`);
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(deck?.slides.length);
      expect(info).toMatch(
        aspect === '16:9' ? /Page size:\s+960 x 540 pts/ : /Page size:\s+720 x 540 pts/,
      );
      const fonts = execFileSync('pdffonts', [file()], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const row of fonts) expect(row.split(/\s+/).at(-5), row).toBe('yes');
    });

    it('holds each map label once: the halos behind the names are not text', () => {
      const deck = opened.get(`${lang} ${aspect}`);
      if (!deck) throw new Error('no deck');
      const page = String(
        deck.slides.findIndex((xml) => chartOf(xml, lang as Language) === 'map') + 1,
      );
      const raw = execFileSync('pdftotext', ['-raw', '-f', page, '-l', page, file(), '-'], {
        encoding: 'utf8',
      })
        .split('\n')
        .map((l) => l.trim());
      const names = words(deck.slides[Number(page) - 1] ?? '').map((w) => w.trim());
      const once = names.filter((w) => w.length > 2 && names.filter((x) => x === w).length === 1);
      expect(once.length).toBeGreaterThan(10);
      for (const name of once)
        expect(raw.filter((l) => l === name).length, name).toBeLessThanOrEqual(1);
    });

    it('keeps every word of every chart as text, in the reader’s language', () => {
      const deck = opened.get(`${lang} ${aspect}`);
      if (!deck) throw new Error('no deck');
      const text = squash(execFileSync('pdftotext', [file(), '-'], { encoding: 'utf8' }));
      const chartWords = deck.slides
        .slice(1, -1)
        .flatMap(words)
        .filter((w) => w.trim() !== '');
      const missing = chartWords.filter((w) => !text.includes(squash(w)));
      expect(missing).toEqual([]);
    });
  },
);

it('with --pictures, each chart slide is one picture with its summary as alt text', () => {
  const { slides, paths } = openPptx(readFileSync(join(dir, 'pictures', 'kzcn-deck-en.pptx')));
  const native = opened.get('en 16:9');
  expect(slides).toHaveLength(native?.slides.length ?? 0);
  for (const xml of slides.slice(1, -1)) {
    expect(xml).toContain('<p:pic>');
    expect(xml).not.toContain('<p:grpSp>');
    expect(xml).toMatch(/descr="[^"]{40,}"/);
  }
  expect(paths(/^ppt\/media\/.+\.png$/)).toHaveLength(slides.length - 2);
});

describe.each(LANGUAGES)('the %s deck, 4:3, as written', (lang) => {
  it('keeps every chart legible on the narrower slide, splitting the long ones', () => {
    const { slides } = openPptx(readFileSync(join(dir, 'classic', `kzcn-deck-${lang}-4x3.pptx`)));
    expect([...new Set(slideCharts(slides, lang))]).toEqual(CHART_IDS);
    slides.forEach((xml, i) => {
      const smallest = Math.min(...fontSizes(xml));
      // The one slide that misses 12 pt: the agreements in Russian cannot split, and their
      // sectors' pills and the notes under the grid need more height than a 4:3 slide has.
      const floor = lang === 'ru' && chartOf(xml, lang) === 'agreements' ? 11 : 12;
      expect(smallest, `slide ${String(i + 1)}`).toBeGreaterThanOrEqual(floor);
    });
  });
});

it('a 4:3 deck is 10 × 7.5 in, a 16:9 one 13.33 × 7.5 in', () => {
  const size = (name: string) => {
    const info = execFileSync('pdfinfo', [join(dir, name)], { encoding: 'utf8' });
    const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    return [Math.round(Number(m?.[1])), Math.round(Number(m?.[2]))];
  };
  expect(size('kzcn-deck-en.pdf')).toEqual([960, 540]);
  expect(size('kzcn-deck-en-4x3.pdf')).toEqual([720, 540]);
});

it('LibreOffice draws the slides: a rendered chart slide is not blank', () => {
  const png = join(dir, 'slide');
  execFileSync('pdftoppm', [
    '-r',
    '30',
    '-f',
    '5',
    '-l',
    '5',
    '-png',
    join(dir, 'kzcn-deck-en.pdf'),
    png,
  ]);
  const out = execFileSync('ls', [dir], { encoding: 'utf8' });
  const file = out.split('\n').find((f) => f.startsWith('slide') && f.endsWith('.png'));
  expect(file).toBeDefined();
  expect(readFileSync(join(dir, file ?? '')).byteLength).toBeGreaterThan(5_000);
});
