import { expect, test, waitForFigure } from './fixtures';

// Screenshots to look at, not to compare: saved under test-results/screenshots.
const widths = [
  { name: 'phone', width: 360, height: 760 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1920, height: 1080 },
];

for (const theme of ['light', 'dark'] as const) {
  for (const size of widths) {
    for (const route of ['/', '/chart/trade']) {
      const slug = route === '/' ? 'dashboard' : route.slice(1).replace(/\//g, '-');
      test(`screenshot ${slug} ${size.name} ${theme}`, async ({ page }, info) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        await page.goto(route);
        await waitForFigure(page, 'trade');
        const path = `${info.project.outputDir}/screenshots/${slug}-${size.name}-${theme}.png`;
        await page.screenshot({ path, fullPage: true });
        expect(path).toBeTruthy();
      });
    }
  }
}
