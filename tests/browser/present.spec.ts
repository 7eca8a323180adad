import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startHostServer } from './hostServer';

const SITE = `http://127.0.0.1:${process.env.KZCN_TEST_PORT ?? '4179'}`;
const SLIDES = 7;

function slideNumber(page: Page): number {
  const match = /\/present\/(\d+)$/.exec(new URL(page.url()).pathname);
  return Number(match?.[1] ?? NaN);
}

test('the deck moves by keyboard and keeps the slide number in the URL', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present');
  await expect(
    page.getByRole('heading', { name: 'Kazakhstan–China Ties', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect.poll(() => slideNumber(page)).toBe(1);

  const steps: [string, number, string | null][] = [
    ['ArrowRight', 2, 'trade'],
    ['Space', 3, 'agreements'],
    ['PageDown', 4, 'nuclear'],
    ['PageUp', 3, 'agreements'],
    ['ArrowLeft', 2, 'trade'],
    ['End', SLIDES, null],
    ['Home', 1, null],
    ['ArrowLeft', 1, null],
  ];
  for (const [key, slide, chart] of steps) {
    await page.keyboard.press(key);
    await expect.poll(() => slideNumber(page)).toBe(slide);
    if (chart)
      await expect(
        page.locator(`.figure:not(.figure-built) > svg[data-chart="${chart}"]`),
      ).toBeVisible();
    await expect(page.getByText(`${String(slide)} / ${String(SLIDES)}`)).toBeVisible();
  }
  // F for full screen, Esc (or F again) to leave it.
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

  await page.keyboard.press('End');
  await expect(page.getByRole('heading', { name: 'Sources', level: 1 })).toBeVisible();
  await expect(page.locator('.slide-sources li')).toHaveCount(5);
  await expect(page.locator('.slide-sources')).toContainText('Natural Earth');

  // A deck can link to a slide; out-of-range numbers land on the nearest slide.
  await page.goto('/present/4');
  await expect(
    page.locator('.figure:not(.figure-built) > svg[data-chart="nuclear"]'),
  ).toBeVisible();
  await page.goto('/present/99');
  await expect.poll(() => slideNumber(page)).toBe(SLIDES);
  await page.goto('/present/0');
  await expect.poll(() => slideNumber(page)).toBe(1);
});

test('slides are 16:9, letterboxed to any screen, with text sized for a room', async ({ page }) => {
  for (const [width, height] of [
    [1920, 1080],
    [1000, 1000],
    [2560, 1080],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/present/2');
    await expect(
      page.locator('.figure:not(.figure-built) > svg[data-chart="trade"]'),
    ).toBeVisible();
    const box = await page.locator('.slide-box').boundingBox();
    if (!box) throw new Error('no slide');
    expect(box.width / box.height).toBeCloseTo(16 / 9, 2);
    expect(Math.min(Math.abs(box.width - width), Math.abs(box.height - height))).toBeLessThan(1);
    // Centred: the letterbox bars are equal.
    expect(Math.abs(box.x - (width - box.x - box.width))).toBeLessThan(1.5);
    expect(Math.abs(box.y - (height - box.y - box.height))).toBeLessThan(1.5);
  }
  // On a 1080p projector the chart's title is large.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/present/2');
  const title = page.locator('.figure:not(.figure-built) > svg[data-chart="trade"] > text').first();
  const { height } = (await title.boundingBox()) ?? { height: 0 };
  expect(height).toBeGreaterThan(36);
});

test('click, tap and swipe move between slides; marks keep their tooltips', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present/1');
  await expect(
    page.getByRole('heading', { name: 'Kazakhstan–China Ties', level: 1 }),
  ).toBeVisible();
  await page.mouse.click(1000, 100);
  await expect.poll(() => slideNumber(page)).toBe(2);
  await page.mouse.click(100, 100);
  await expect.poll(() => slideNumber(page)).toBe(1);
  // Swipe left: next.
  await page.mouse.move(900, 600);
  await page.mouse.down();
  await page.mouse.move(700, 605, { steps: 5 });
  await page.mouse.move(500, 610, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => slideNumber(page)).toBe(2);
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expect.poll(() => slideNumber(page)).toBe(3);
  await page.getByRole('button', { name: 'Previous slide' }).click();
  await expect.poll(() => slideNumber(page)).toBe(2);

  // Arrow keys on a focused mark move between marks, not slides.
  const marks = page.getByRole('group', { name: /: data points$/ }).getByRole('button');
  await marks.first().focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slideNumber(page)).toBe(2);
  // The pointer finds marks on the scaled slide too.
  const target = await marks.nth(2).boundingBox();
  if (!target) throw new Error('no mark');
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2);
  await expect(page.getByRole('tooltip')).toBeVisible();
});

test('a chart slide opens alone, and the deck works inside another page’s frame', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present/map');
  await expect(page.locator('.figure:not(.figure-built) > svg[data-chart="map"]')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Slides' })).toHaveCount(0);
  await page.goto('/present/nope');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();

  // A talk's slides on another site, with our deck in a frame.
  const host = await startHostServer();
  host.set('/talk', {
    body: `<section><h1>My talk</h1>
      <iframe title="Kazakhstan–China deck" src="${SITE}/present/2" width="960" height="540" allow="fullscreen"></iframe></section>`,
  });
  await page.goto(`${host.origin}/talk`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.figure:not(.figure-built) > svg[data-chart="trade"]')).toBeVisible();
  const box = await frame.locator('.slide-box').boundingBox();
  expect(box?.width).toBeCloseTo(960, 0);
  await frame.locator('.slide').click({ position: { x: 900, y: 30 } });
  await expect(
    frame.locator('.figure:not(.figure-built) > svg[data-chart="agreements"]'),
  ).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(
    frame.locator('.figure:not(.figure-built) > svg[data-chart="nuclear"]'),
  ).toBeVisible();
  const inner = page.frames().find((f) => f.url().startsWith(SITE));
  expect(inner?.url()).toMatch(/\/present\/4$/);
  await host.close();
});
