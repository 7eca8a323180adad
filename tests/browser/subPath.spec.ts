import { expect, test, waitForAllFigures, waitForFigure } from './fixtures';

const SUB = `http://127.0.0.1:${process.env.KZCN_SUBPATH_PORT ?? '4180'}/kzcn`;

test('a build for a sub-path works there: dashboard, chart pages, embeds, slides', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${SUB}/`);
  await waitForAllFigures(page);
  expect(requests.filter((p) => !p.startsWith('/kzcn/'))).toEqual([]);
  expect(requests).toContain('/kzcn/data/trade.json');
  expect(requests).toContain('/kzcn/geo/region.json');

  await page.locator('[data-chart-card="agreements"]').getByRole('link', { name: /^Open/ }).click();
  await expect(page).toHaveURL(`${SUB}/chart/agreements`);
  await waitForFigure(page, 'agreements');
  await page.getByRole('link', { name: '← All charts' }).click();
  await expect(page).toHaveURL(`${SUB}/`);

  await page.goto(`${SUB}/chart/map?place=khorgos`);
  await waitForFigure(page, 'map');
  await page.goto(`${SUB}/embed/trade`);
  await expect(page.locator('.figure:not(.figure-built) > svg[data-chart="trade"]')).toBeVisible();
  await page.goto(`${SUB}/present/3`);
  await expect(
    page.locator('.figure:not(.figure-built) > svg[data-chart="agreements"]'),
  ).toBeVisible();
  const script = await page.request.get(`${SUB}/embed.js`);
  expect(script.ok()).toBe(true);
  expect(await script.text()).toContain('kzcn:resize');
});
