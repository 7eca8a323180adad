import type { Page, Route } from '@playwright/test';
import { charts as registry, type ChartId } from '../../src/charts/registry';
import { DATASETS } from '../../src/schema/dataFiles';
import { CHART_IDS, expect, test, waitForFigure } from './fixtures';

/**
 * Every file the dashboard reads, broken in every way a network or a host can break it. The
 * charts that need the file say which file and what went wrong, and offer Retry, which works
 * once the fault is gone; the other charts draw; nothing reaches the console but the browser's
 * own note of a failed request.
 */

test.use({ expectedConsole: [/^Failed to load resource/] });

/** Each file, and the charts that cannot be drawn without it (every figure cites sources.json). */
const USERS: Record<string, readonly ChartId[]> = Object.fromEntries(
  Object.values(DATASETS).map(({ path }) => [
    path,
    path === DATASETS.sources.path
      ? CHART_IDS
      : registry
          .filter((c) =>
            Object.values(c.datasets).some((n) => DATASETS[n].path === path && !c.optional.has(n)),
          )
          .map((c) => c.id),
  ]),
);

/** Each file, and the charts drawn without it (the map without trade.json), saying so. */
const GOES_WITHOUT: Record<string, readonly ChartId[]> = Object.fromEntries(
  Object.values(DATASETS).map(({ path }) => [
    path,
    registry.filter((c) => [...c.optional].some((n) => DATASETS[n].path === path)).map((c) => c.id),
  ]),
);

type Fault = (route: Route) => Promise<void>;

const FAULTS: Record<string, { fault: Fault; says: RegExp }> = {
  '404': {
    fault: (r) => r.fulfill({ status: 404, body: 'gone' }),
    says: /file not found \(HTTP 404\)/,
  },
  '500': {
    fault: (r) => r.fulfill({ status: 500, body: 'boom' }),
    says: /could not be loaded \(HTTP 500\)/,
  },
  'invalid JSON': {
    fault: (r) => r.fulfill({ contentType: 'application/json', body: '{"series": [1, 2,' }),
    says: /not valid JSON/,
  },
  'a wrong type': {
    fault: (r) => r.fulfill({ contentType: 'application/json', body: '["not", "an", "object"]' }),
    says: /\(root\): expected object/,
  },
  'a dropped connection': {
    fault: (r) => r.abort('connectionreset'),
    says: /network error/,
  },
};

/** Reaches for every chart, as a reader would: a built figure goes live, and reads its files. */
async function charts(page: Page) {
  for (const id of CHART_IDS) {
    const card = page.locator(`[data-chart-card="${id}"]`);
    await card.scrollIntoViewIfNeeded();
    await card.locator('.chart-card-head').hover();
  }
}

for (const [file, users] of Object.entries(USERS)) {
  test(`${file}: every fault is named, Retry recovers, the rest draws`, async ({ page }) => {
    test.setTimeout(120_000);
    let fault: Fault | null = null;
    await page.route(`**/${file}`, (route) => (fault ? fault(route) : route.continue()));
    const shortName = file.replace(/^data\//, '');
    for (const [kind, { fault: f, says }] of Object.entries(FAULTS)) {
      fault = f;
      await page.goto('/');
      await charts(page);
      for (const id of users) {
        const alert = page.locator(`[data-chart-card="${id}"]`).getByRole('alert');
        await expect(alert, `${id}, ${kind}`).toContainText(shortName);
        await expect(alert, `${id}, ${kind}`).toContainText(says);
      }
      for (const id of CHART_IDS.filter((c) => !users.includes(c))) {
        await waitForFigure(page, id);
      }
      for (const id of GOES_WITHOUT[file] ?? []) {
        const note = page.locator(`[data-chart-card="${id}"]`).getByRole('status');
        await expect(note, `${id}, ${kind}`).toContainText(shortName);
        await expect(note, `${id}, ${kind}`).toContainText(says);
      }
      // The fault goes away; Retry fetches the file again, and every chart that needs it draws.
      fault = null;
      await page
        .locator(`[data-chart-card="${users[0] ?? ''}"]`)
        .getByRole('alert')
        .getByRole('button', { name: 'Retry' })
        .click();
      for (const id of users) await waitForFigure(page, id);
    }
  });
}

test('a slow file shows its chart loading, then the chart, with no error', async ({ page }) => {
  test.setTimeout(60_000);
  await page.route('**/data/nuclear.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await route.continue();
  });
  await page.goto('/');
  const card = page.locator('[data-chart-card="nuclear"]');
  await card.scrollIntoViewIfNeeded();
  await card.locator('.chart-card-head').hover();
  // While the live figure waits for its file, the page keeps the figure it was built with.
  await expect(card.locator('.figure-built svg[data-chart="nuclear"]:visible')).toBeVisible();
  await waitForFigure(page, 'trade');
  await expect(card.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.figure:not(.figure-built) > svg[data-chart="nuclear"]')).toBeVisible({
    timeout: 15_000,
  });
  await expect(card.getByRole('alert')).toHaveCount(0);
});
