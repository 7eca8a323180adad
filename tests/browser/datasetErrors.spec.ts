import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, waitForFigure } from './fixtures';

const root = resolve(import.meta.dirname, '../..');
const fixture = (name: string) =>
  readFileSync(resolve(root, 'tests/fixtures/broken', name), 'utf8');

// The browser notes a failed request in the console; nothing else may appear there.
test.use({ expectedConsole: [/^Failed to load resource/] });

test('a corrupted trade.json shows the file and field, and Retry recovers', async ({ page }) => {
  let broken = true;
  await page.route('**/data/trade.json', async (route) => {
    if (broken) {
      await route.fulfill({
        contentType: 'application/json',
        body: fixture('trade-value-string.json'),
      });
    } else {
      await route.continue();
    }
  });
  await page.goto('/');
  const alert = page.locator('[data-chart-card="trade"]').getByRole('alert');
  await expect(alert).toContainText(
    'trade.json: series[0].points[3].value: expected number, received string "44bn"',
  );
  // The page around it still works.
  await expect(page.getByRole('heading', { name: 'About this dashboard' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read the article’s text.' })).toBeVisible();

  broken = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForFigure(page, 'trade');
  await expect(alert).toHaveCount(0);
  // The charts that do not need trade.json drew all along.
  await waitForFigure(page, 'agreements');
  await waitForFigure(page, 'milestones');
});

test('invalid JSON and a missing file are named', async ({ page }) => {
  await page.route('**/data/trade.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: fixture('trade-not-json.json') }),
  );
  await page.goto('/');
  const trade = page.locator('[data-chart-card="trade"]');
  await expect(trade.getByRole('alert')).toContainText('trade.json: not valid JSON');

  await page.unroute('**/data/trade.json');
  await page.route('**/data/trade.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.reload();
  await expect(trade.getByRole('alert')).toContainText('trade.json: file not found (HTTP 404)');
});

test('a dropped connection is reported as a network error', async ({ page }) => {
  await page.route('**/data/trade.json', (route) => route.abort('connectionreset'));
  await page.goto('/');
  await expect(page.locator('[data-chart-card="trade"]').getByRole('alert')).toContainText(
    'trade.json: could not be loaded (network error',
  );
});
