import { palettes, type Palette } from './palette';

/**
 * A stylesheet that turns a figure drawn in the light palette dark wherever the page is dark:
 * each colour the light palette writes as an attribute takes the dark palette's in its place.
 * A page built ahead of time carries its figures in light colours, so a reader whose page is
 * dark (by the system, or their choice before any script has run) sees them dark from the
 * first frame.
 */
export function builtFigureCss(scope = '.figure-built', markup?: string): string {
  const pairs = new Map<string, string>();
  for (const key of Object.keys(palettes.light) as (keyof Palette)[]) {
    pairs.set(palettes.light[key].toLowerCase(), palettes.dark[key]);
  }
  // A page built ahead of time declares only the colours its figures use.
  const used = (attr: string, light: string) =>
    markup === undefined || markup.toLowerCase().includes(`${attr}="${light}"`);
  return [...pairs]
    .flatMap(([light, dark]) =>
      (['fill', 'stroke'] as const)
        .filter((attr) => used(attr, light))
        .map((attr) => `${scope} [${attr}="${light}"]{${attr}:light-dark(${light},${dark})}`),
    )
    .join('\n');
}
