import Beasties from 'beasties';

/**
 * Rules a built page's markup does not show but its first paint may need: the reader's theme
 * and whether scripts run are set before the first paint (src/app/boot), and a mark's tooltip
 * can open before the rest of the styles apply.
 */
const ALWAYS = [
  /data-theme/,
  /data-js/,
  /\.tooltip/,
  /\.mark-(layer|target)/,
  /prefers-reduced-motion/,
];

/**
 * The page's stylesheet split in two: what its markup uses, inline, so the first paint waits for
 * no file; and the whole sheet linked as `media="print"`, which loads without holding anything
 * up and applies once a script runs (src/app/boot/laterStyles.ts): menus, dialogs, the live
 * figure. A reader without scripts sees the page styled by what is inline, which is all it has.
 */
export function criticalCss(outDir: string, base: string) {
  const beasties = new Beasties({
    path: outDir,
    publicPath: base,
    // The types leave out `false`, which beasties takes: the link stays where it is.
    preload: false as unknown as 'body',
    reduceInlineStyles: false,
    pruneSource: false,
    inlineFonts: false,
    preloadFonts: false,
    fonts: false,
    compress: true,
    allowRules: ALWAYS,
    logLevel: 'error',
  });
  return async (html: string): Promise<string> => {
    const out = await beasties.process(html);
    return out.replace(
      /<link rel="stylesheet"([^>]*)href="([^"]+\.css)"([^>]*)>/g,
      (_, before: string, href: string, after: string) =>
        `<link rel="stylesheet"${before}href="${href}"${after.replace(/\s*\/?$/, '')} media="print" data-later>`,
    );
  };
}
