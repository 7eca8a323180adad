import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from '../../src/embed-ui/embedOptions';
import { embedSnippets } from '../../src/embed-ui/embedSnippets';
import { locationOf, parseRoute } from '../../src/state/router';
import type { FigureModel } from '../../src/figure/model';
import { fitTransform, plotFit } from '../../src/figure/plotFit';

describe('routes', () => {
  it.each([
    ['/', { name: 'dashboard' }],
    ['/chart/trade', { name: 'chart', id: 'trade' }],
    ['/embed/map/', { name: 'embed', id: 'map' }],
    ['/present', { name: 'present', slide: 1 }],
    ['/present/4', { name: 'present', slide: 4 }],
    ['/present/trade', { name: 'present-one', id: 'trade' }],
    ['/embed/%3Cb%3E', { name: 'embed', id: '<b>' }],
    ['/embed/%E0%A4%A', { name: 'embed', id: '%E0%A4%A' }],
    ['/chart/a/b', { name: 'not-found', path: '/chart/a/b' }],
    ['/present/12345', { name: 'present-one', id: '12345' }],
  ])('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('reads a saved address from a hash route or from the end of a path, whatever the base', () => {
    const at = (href: string) => locationOf(new URL(href));
    expect(at('file:///x/index.html#/chart/map?place=khorgos')).toEqual({
      pathname: '/chart/map',
      search: '?place=khorgos',
    });
    expect(at('https://example.org/kzcn/chart/trade?year=2024')).toEqual({
      pathname: '/chart/trade',
      search: '?year=2024',
    });
    expect(at('https://example.org/elsewhere').pathname).toBe('/');
  });
});

describe('embed options', () => {
  it('takes well-formed values', () => {
    expect(
      parseEmbedOptions('?theme=dark&lang=en&title=0&source=0&controls=1&bg=transparent'),
    ).toEqual({
      theme: 'dark',
      lang: 'en',
      title: false,
      source: false,
      controls: true,
      transparent: true,
    });
  });

  it('falls back to the default for anything else, one value at a time', () => {
    expect(
      parseEmbedOptions(
        '?theme=<script>&lang=xx&title=no&source=&controls=true&bg=%22%3E%3Cimg&title=0',
      ),
    ).toEqual({
      theme: 'auto',
      lang: undefined,
      title: true,
      source: true,
      controls: false,
      transparent: false,
    });
  });
});

describe('embed snippets', () => {
  const snippets = embedSnippets({
    chartId: 'trade',
    title: 'Trade "record" <2024> & more',
    theme: 'dark',
    lang: 'ru',
    selection: { year: 2024, hide: ['education', 'nuclear'] },
    width: 960.4,
    height: 540,
    absolute: (path, search) => `https://example.org/kzcn/ru${path}${search}`,
    file: (path) => `https://example.org/kzcn${path}`,
  });

  it('carries the view, the theme and the language, and escapes the title', () => {
    expect(snippets.url).toBe(
      'https://example.org/kzcn/ru/embed/trade?theme=dark&year=2024&hide=education%2Cnuclear',
    );
    expect(snippets.iframe).toContain('title="Trade &quot;record&quot; &lt;2024&gt; &amp; more"');
    expect(snippets.iframe).toContain('loading="lazy"');
    expect(snippets.iframe).toContain('aspect-ratio: 960 / 540');
    expect(snippets.iframe).toContain('height="540"');
    expect(snippets.responsive).toContain(
      '<script src="https://example.org/kzcn/embed.js" async></script>',
    );
    expect(snippets.responsive).toContain('data-kzcn-embed');
    expect(snippets.link).toBe(
      'https://example.org/kzcn/ru/chart/trade?theme=dark&year=2024&hide=education%2Cnuclear',
    );
    expect(snippets.image).toBe('https://example.org/kzcn/images/ru/trade.png');
  });

  it('leaves the theme out when it follows the visitor', () => {
    const auto = embedSnippets({
      chartId: 'map',
      title: 'Map',
      theme: 'auto',
      lang: 'en',
      selection: {},
      width: 600,
      height: 400,
      absolute: (path, search) => `https://example.org${path}${search}`,
      file: (path) => `https://example.org${path}`,
    });
    expect(auto.url).toBe('https://example.org/embed/map');
  });
});

describe('plot fit', () => {
  const model = (natural: number | undefined, room: number) =>
    ({
      frame: { plot: { x: 10, y: 50, width: 400, height: room } },
      plot: natural === undefined ? {} : { height: natural },
    }) as unknown as FigureModel<unknown>;

  it('scales a taller plot down to fit, centred across', () => {
    const fit = plotFit(model(600, 300));
    expect(fit).toEqual({ k: 0.5, dx: 100, dy: 0 });
    expect(fitTransform(fit)).toBe('translate(100,0) scale(0.5000)');
  });

  it('centres a shorter plot down the space, and leaves a plot that fits alone', () => {
    expect(plotFit(model(200, 300))).toEqual({ k: 1, dx: 0, dy: 50 });
    expect(fitTransform(plotFit(model(200, 300)))).toBe('translate(0,50)');
    expect(fitTransform(plotFit(model(300, 300)))).toBeUndefined();
    expect(fitTransform(plotFit(model(undefined, 300)))).toBeUndefined();
  });
});
