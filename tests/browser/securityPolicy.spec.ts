import { createHash } from 'node:crypto';
import { CHART_IDS, expect, test, waitForAllFigures, waitForFigure } from './fixtures';

/** The policy a page must run under: its one inline script (the boot script) named by its hash. */
function policyFor(html: string): string {
  const scripts = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g),
  ];
  expect(scripts, 'one inline script').toHaveLength(1);
  const boot = createHash('sha256')
    .update(scripts[0]?.[1] ?? '')
    .digest('base64');
  return `default-src 'self'; script-src 'self' 'sha256-${boot}'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'`;
}

// Every test already fails on a policy violation (see fixtures); this one visits every route.
test('every route renders under the strict Content-Security-Policy', async ({ page, request }) => {
  test.setTimeout(90_000);
  const POLICY = policyFor(await (await request.get('/')).text());
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(POLICY);
  // The page carries the policy itself too, for static hosts that send no headers.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    POLICY,
  );
  await waitForAllFigures(page);
  for (const id of CHART_IDS) {
    await page.goto(`/chart/${id}`);
    await waitForFigure(page, id);
    await page.goto(`/embed/${id}?controls=1`);
    await expect(
      page.locator(`.figure:not(.figure-built) > svg[data-chart="${id}"]`),
    ).toBeVisible();
    await page.goto(`/present/${id}`);
    await expect(
      page.locator(`.figure:not(.figure-built) > svg[data-chart="${id}"]`),
    ).toBeVisible();
  }
  for (let slide = 1; slide <= 7; slide++) {
    await page.goto(`/present/${String(slide)}`);
    await expect(page.locator('.slide')).toBeVisible();
  }
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});

test('exports work under the policy', async ({ page }) => {
  await page.goto('/chart/map');
  await waitForFigure(page, 'map');
  await page.getByRole('button', { name: /^Export/ }).click();
  for (const format of ['PNG', 'SVG', 'PDF', 'PowerPoint', 'CSV', 'Excel', 'JSON']) {
    const downloading = page.waitForEvent('download');
    await page
      .getByRole('group', { name: 'Download as' })
      .getByRole('button', { name: format, exact: true })
      .click();
    expect((await downloading).suggestedFilename()).toMatch(/^kzcn-map/);
  }
});
