import { describe, expect, it } from 'vitest';
import { buildMapFigure } from '../../src/charts/map/mapModel';
import { en } from '../../src/charts/map/text';
import { kk } from '../../src/charts/map/text.kk';
import { ru } from '../../src/charts/map/text.ru';
import { zh } from '../../src/charts/map/text.zh';
import { input } from '../helpers/charts';
import { frameWords } from '../helpers/languages';

const PACKS = { ru, kk, zh };
const ENGLISH_WORDS = /\b(the|and|of|in|from|with|by|per|since|between|years?|to|trade|places?)\b/i;
const LATIN_WORD = /\p{Script=Latin}{2,}/u;

describe('map text in each language', () => {
  for (const lang of ['ru', 'kk', 'zh'] as const) {
    for (const width of [360, 960]) {
      describe(`${lang} at ${String(width)} px`, () => {
        const fig = buildMapFigure(input('map', { size: { width }, lang }));

        it('has no English words on the map or in its frame', () => {
          const words = [
            ...frameWords(fig),
            ...fig.plot.countryLabels.map((c) => c.text),
            fig.plot.trade?.label.text ?? '',
          ];
          for (const w of words) expect(w).not.toMatch(ENGLISH_WORDS);
          // Natural Earth is the boundaries' publisher, named as it names itself.
          for (const w of words) expect(w.replace(/Natural Earth/g, '')).not.toMatch(LATIN_WORD);
          if (lang === 'zh') expect(fig.summary).toMatch(/。$/);
        });

        it('keeps names capitalised where a quote’s use is named', () => {
          expect(fig.quotes.map((q) => q.supports)).toContain(
            {
              ru: 'Астана: Официальный визит Си Цзиньпина и подписание 24 документов',
              kk: 'Астана: Си Цзиньпиннің ресми сапары және 24 құжатқа қол қою',
              zh: '阿斯塔纳：习近平正式访问，双方签署24份文件',
            }[lang],
          );
        });

        it('labels the countries on the map', () => {
          expect(fig.plot.countryLabels.map((c) => c.text)).toEqual([
            PACKS[lang].countryLabels.kz,
            PACKS[lang].countryLabels.cn,
          ]);
          expect(fig.plot.countryLabels.map((c) => c.text)).toEqual(
            {
              ru: ['КАЗАХСТАН', 'КИТАЙ'],
              kk: ['ҚАЗАҚСТАН', 'ҚЫТАЙ'],
              zh: ['哈萨克斯坦', '中国'],
            }[lang],
          );
        });

        it('formats numbers in the language’s way', () => {
          if (lang === 'zh') {
            expect(fig.summary).toContain('2024年为438.2亿美元');
            expect(fig.plot.trade?.label.text).toBe('2024年贸易额：≈438亿美元');
            expect(fig.text.title).toMatch(/^连接哈萨克斯坦与中国的11个地点：/);
          } else {
            expect(fig.summary).toContain('43,82 млрд доллар');
            expect(fig.plot.trade?.label.text).toContain('43,8 млрд $');
            expect(fig.summary).not.toMatch(/\d\.\d/);
          }
          const trade = fig.marks.find((m) => m.id === 'trade-line');
          expect(trade?.tooltip.value).toBe(
            { ru: '43,82 млрд долларов', kk: '43,82 млрд доллар', zh: '438.2亿美元' }[lang],
          );
        });

        it('writes dates in the language and never doubles a full stop', () => {
          const astana = fig.marks.find((m) => m.id === 'place-astana');
          expect(astana?.label).toContain(
            {
              ru: '(16\u00a0июня 2025\u00a0г.)',
              kk: '(2025\u00a0ж. 16\u00a0маусым)',
              zh: '（2025年6月16日）',
            }[lang],
          );
          for (const m of fig.marks) expect(m.label).not.toMatch(/\.\.|。。/);
          expect(fig.text.source).not.toMatch(/\.\.|。。/);
          for (const m of fig.marks) expect(m.label).not.toMatch(/\bSource\b|undated/);
          for (const r of fig.table.rows) {
            expect(r.cells.country).toBe(
              r.id.startsWith('beijing') ||
                r.id.startsWith('khorgos') ||
                r.id.startsWith('alashankou') ||
                r.id.startsWith('xian')
                ? PACKS[lang].countries.cn
                : PACKS[lang].countries.kz,
            );
            expect(r.cells.source).not.toMatch(/undated|unknown source/);
          }
        });
      });
    }
  }

  it('agrees in number in Russian', () => {
    expect(ru.title(1, '1')).toMatch(/^1 место, связывающее /);
    expect(ru.title(3, '3')).toMatch(/^3 места, связывающих /);
    expect(ru.title(11, '11')).toMatch(/^11 мест, связывающих /);
    expect(ru.title(21, '21')).toMatch(/^21 место, связывающее /);
    expect(ru.summary.places(11, '11', 'x')).toContain('отмечено 11 мест, связывающих');
    expect(ru.summary.places(2, '2', 'x')).toContain('отмечены 2 места, связывающих');
  });

  it('keeps the English figure as it was', () => {
    const fig = buildMapFigure(input('map', { size: { width: 960 } }));
    expect(fig.text.title).toBe(en.title(11, '11'));
    expect(fig.text.title).toBe(
      '11 places that tie Kazakhstan and China, from border crossings to classrooms',
    );
    expect(fig.plot.countryLabels.map((c) => c.text)).toEqual(['KAZAKHSTAN', 'CHINA']);
    expect(fig.summary).toMatch(/^A map of Kazakhstan and China with 11 places that tie them: /);
  });
});
