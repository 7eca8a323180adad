import { describe, expect, it } from 'vitest';
import { ArgumentError, parseExportArgs } from '../../src/node/exportArgs';

describe('the command-line exporter’s arguments', () => {
  it('reads every option, in both spellings', () => {
    const args = parseExportArgs([
      '--chart',
      'trade,map',
      '--lang=ru',
      '--format',
      'png,svg,pdf,pptx,csv,json',
      '--size',
      '1920x1080',
      '--theme',
      'dark',
      '--scale',
      '3',
      '--view',
      'year=2024&place=almaty',
      '--no-title',
      '--out',
      'out/x',
    ]);
    expect(args).toMatchObject({
      charts: ['trade', 'map'],
      langs: ['ru'],
      formats: ['png', 'svg', 'pdf', 'pptx', 'csv', 'json'],
      options: { size: 'custom', width: 1920, height: 1080, theme: 'dark', scale: 3 },
      selection: { year: 2024, place: 'almaty' },
      out: 'out/x',
    });
    expect(args.options.title).toBe(false);
    expect(args.options.source).toBe(true);
  });

  it('expands "all" and takes presets and a width alone', () => {
    const args = parseExportArgs(['--chart', 'all', '--lang', 'all', '--size', 'slide']);
    expect(args.charts).toEqual(['trade', 'agreements', 'nuclear', 'map', 'milestones']);
    expect(args.langs).toEqual(['en', 'ru', 'kk', 'zh']);
    expect(args.options).toMatchObject({ size: 'slide', width: 1920, height: 1080 });
    expect(parseExportArgs(['--size', '800']).options).toMatchObject({ size: 'shown', width: 800 });
  });

  it.each([
    [
      ['--chart', 'pie'],
      /^--chart "pie" is not one of: trade, agreements, nuclear, map, milestones, all$/,
    ],
    [['--lang', 'fr'], /^--lang "fr" is not one of: en, ru, kk, zh, all$/],
    [
      ['--format', 'png,gif'],
      /^--format "gif" is not one of: png, svg, pdf, pptx, csv, xlsx, json, all$/,
    ],
    [['--size', '10x10'], /^--size width "10" must be a whole number of px from 280 to 8192$/],
    [['--size', '1920x1080x3'], /^--size "1920x1080x3" is not WIDTH/],
    [['--scale', '5'], /^--scale "5" is not one of: 1, 2, 3, 4$/],
    [['--theme', 'sepia'], /^--theme "sepia" is not one of: light, dark, transparent$/],
    [['--colour', 'red'], /^--colour is not an option: --chart, --lang/],
    [['--chart'], /^--chart needs a value$/],
    [['trade'], /^"trade" is not an option/],
    [['--view', 'foo=bar'], /^--view "foo=bar" names none of/],
  ])('refuses %j with one line naming it', (argv, message) => {
    expect(() => parseExportArgs(argv)).toThrow(ArgumentError);
    expect(() => parseExportArgs(argv)).toThrow(message);
  });
});
