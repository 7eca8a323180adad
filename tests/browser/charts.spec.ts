import AxeBuilder from '@axe-core/playwright';
import { CHART_IDS, expect, test, waitForAllFigures, waitForFigure } from './fixtures';

test('every chart renders on the dashboard, with a title and a generated summary', async ({
  page,
}) => {
  await page.goto('/');
  await waitForAllFigures(page);
  for (const id of CHART_IDS) {
    const svg = page.locator(`.figure:not(.figure-built) > svg[data-chart="${id}"]`);
    await expect(svg).toHaveAttribute('role', 'img');
    await expect(svg.locator('title')).not.toBeEmpty();
    expect((await svg.locator('desc').textContent())?.length ?? 0).toBeGreaterThan(80);
  }
  // The headline figures, from the data.
  const headlines = page.getByRole('region', { name: 'Headline figures' });
  await expect(headlines).toContainText('$44bn');
  await expect(headlines).toContainText('24');
  await expect(headlines).toContainText('2–3');
  await expect(headlines).toContainText('16 June 2025');
});

for (const id of CHART_IDS) {
  test(`/chart/${id} renders and its marks are reachable by keyboard`, async ({ page }) => {
    await page.goto(`/chart/${id}`);
    await waitForFigure(page, id);
    const group = page.getByRole('group', { name: /: data points$/ });
    const marks = group.getByRole('button');
    expect(await marks.count()).toBeGreaterThan(1);
    // Tab from the chart's view switch lands on the marks (after any chart controls).
    await page.getByRole('button', { name: 'Table' }).focus();
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.classList.contains('mark-target') ?? false,
      );
    }
    expect(reached).toBe(true);
    const first = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(first).toMatch(/Source: /);
    await expect(group.getByRole('tooltip')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(second).not.toBe(first);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe-core finds no violations on the dashboard and chart pages (${theme})`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/');
    await waitForAllFigures(page);
    // A headline figure with its source note showing, as a keyboard reader finds it.
    await page.locator('.headline-button').first().focus();
    const dash = await new AxeBuilder({ page }).analyze();
    expect(
      dash.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    for (const id of CHART_IDS) {
      await page.goto(`/chart/${id}?sector=energy&year=2025&place=astana`);
      await waitForFigure(page, id);
      await page.getByText('About this data', { exact: true }).click();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${id} ${v.id}`)).toEqual([]);
      await page.getByRole('button', { name: 'Table' }).click();
      const table = await new AxeBuilder({ page }).analyze();
      expect(table.violations.map((v) => `${id} table ${v.id}`)).toEqual([]);
    }
  });
}

test('no horizontal scrolling at 360 px, on any page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const route of ['/', ...CHART_IDS.map((id) => `/chart/${id}`)]) {
    await page.goto(route);
    if (route === '/') await waitForAllFigures(page);
    else await waitForFigure(page, route.slice(7));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
});

test('a picked sector is held in the URL and highlights related milestones and places', async ({
  page,
}) => {
  await page.goto('/');
  await waitForFigure(page, 'agreements');
  await page.locator('[data-mark-id="sector-energy"]').click();
  await expect(page).toHaveURL(/[?&]sector=energy/);
  const chip = page.locator('.selection-bar').getByRole('button', { name: /^Sector: Energy/ });
  await expect(chip).toBeVisible();
  await waitForFigure(page, 'milestones');
  const dimmed = page.locator(
    '.figure:not(.figure-built) > svg[data-chart="milestones"] [data-part="events"] circle[opacity="0.25"]',
  );
  const lit = page.locator(
    '.figure:not(.figure-built) > svg[data-chart="milestones"] [data-part="events"] circle[opacity="1"]',
  );
  expect(await lit.count()).toBeGreaterThan(0);
  expect(await dimmed.count()).toBeGreaterThan(0);
  await waitForFigure(page, 'map');
  expect(
    await page
      .locator('.figure:not(.figure-built) > svg[data-chart="map"] g[opacity="0.3"]')
      .count(),
  ).toBeGreaterThan(0);

  // A shared link reopens the same view.
  await page.goto(page.url());
  await waitForFigure(page, 'agreements');
  await expect(page.locator('[data-mark-id="sector-energy"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page
    .locator('.selection-bar')
    .getByRole('button', { name: /^Sector: Energy/ })
    .click();
  await expect(page).not.toHaveURL(/sector=/);
});

test('a year picked in the trade chart reweights the map’s trade line', async ({ page }) => {
  await page.goto('/?year=2022');
  await waitForFigure(page, 'map');
  await expect(page.locator('.figure:not(.figure-built) > svg[data-chart="map"]')).toContainText(
    'Trade 2022: $31.2bn',
  );
  await page.goto('/?year=%3Cscript%3E');
  await waitForFigure(page, 'map');
  await expect(page.locator('.figure:not(.figure-built) > svg[data-chart="map"]')).toContainText(
    'Trade 2024: ≈$43.8bn',
  );
});

test('the map zooms and pans with buttons, keys and the mouse, and resets', async ({ page }) => {
  await page.goto('/chart/map');
  await waitForFigure(page, 'map');
  const inner = page.locator(
    '.figure:not(.figure-built) > svg[data-chart="map"] g[clip-path] > g[transform]',
  );
  await expect(inner).toHaveAttribute('transform', 'translate(0,0) scale(1)');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(inner).toHaveAttribute('transform', /scale\(1\.5\)/);
  await page.keyboard.press('ArrowLeft');
  const afterKey = await inner.getAttribute('transform');
  await page.keyboard.press('+');
  await expect(inner).toHaveAttribute('transform', /scale\(2\.25\)/);
  expect(afterKey).not.toBe('translate(0,0) scale(1.5)');
  const box = await page
    .locator('.figure:not(.figure-built) > svg[data-chart="map"]')
    .boundingBox();
  if (!box) throw new Error('no map');
  const before = await inner.getAttribute('transform');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  expect(await inner.getAttribute('transform')).not.toBe(before);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect(inner).toHaveAttribute('transform', 'translate(0,0) scale(1)');
  // Layers switch off and the URL keeps it.
  await page.getByRole('checkbox', { name: 'Education and culture' }).uncheck();
  await expect(page).toHaveURL(/hide=education/);
  await expect(
    page.locator('.figure:not(.figure-built) > svg[data-chart="map"] [data-mark="place-xian"]'),
  ).toHaveCount(0);
});

test('transitions are off under prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/chart/trade');
  await waitForFigure(page, 'trade');
  const duration = await page
    .locator('.figure:not(.figure-built) > svg[data-chart="trade"] [data-mark]')
    .first()
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration).toBe('0s');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe-core finds no violations in embeds, slides and the Embed dialog (${theme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme });
    const check = async (what: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${what} ${v.id}`)).toEqual([]);
    };
    for (const path of ['/embed/trade', '/embed/map?controls=1', '/embed/nope']) {
      await page.goto(path);
      await expect(
        page.locator('.figure:not(.figure-built) > svg[data-chart], h1').first(),
      ).toBeVisible();
      await check(path);
    }
    for (let slide = 1; slide <= 7; slide++) {
      await page.goto(`/present/${String(slide)}`);
      await expect(page.locator('.slide')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await check(`slide ${String(slide)}`);
    }
    await page.goto('/chart/trade');
    await waitForFigure(page, 'trade');
    await page.getByRole('button', { name: /^Embed/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('embed dialog');
  });
}
