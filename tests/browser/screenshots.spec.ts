import { CHART_IDS, expect, test, waitForAllFigures, waitForFigure } from './fixtures';

// Screenshots to look at, not to compare: saved under test-results/screenshots.
const sizes = [
  { name: 'phone', width: 360, height: 760 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1920, height: 1080 },
];
const routes = ['/', ...CHART_IDS.map((id) => `/chart/${id}`)];

for (const theme of ['light', 'dark'] as const) {
  for (const size of sizes) {
    test(`screenshots at ${size.name} width, ${theme}`, async ({ page }, info) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      for (const route of routes) {
        await page.goto(route);
        if (route === '/') await waitForAllFigures(page);
        else await waitForFigure(page, route.slice('/chart/'.length));
        await page.evaluate(() => {
          window.scrollTo(0, 0);
        });
        const slug = route === '/' ? 'dashboard' : route.slice(1).replace(/\//g, '-');
        const path = `${info.project.outputDir}/screenshots/${slug}-${size.name}-${theme}.png`;
        await page.screenshot({ path, fullPage: true });
        expect(path).toContain(slug);
      }
    });
  }
}

for (const lang of ['ru', 'kk', 'zh'] as const) {
  for (const size of [sizes[0], sizes[1]]) {
    if (!size) continue;
    test(`screenshots in ${lang} at ${size.name} width`, async ({ page }, info) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      for (const route of routes) {
        await page.goto(`/${lang}${route === '/' ? '/' : route}`);
        if (route === '/') await waitForAllFigures(page);
        else await waitForFigure(page, route.slice('/chart/'.length));
        const slug = route === '/' ? 'dashboard' : route.slice(1).replace(/\//g, '-');
        const path = `${info.project.outputDir}/screenshots/${lang}/${slug}-${size.name}.png`;
        await page.screenshot({ path, fullPage: true });
        expect(path).toContain(lang);
      }
    });
  }
}
