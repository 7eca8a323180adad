import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startHostServer } from './hostServer';
import { openPptx } from '../helpers/pptx';

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

test('each slide is laid out for the screen’s shape, fills it, and is sized for a room', async ({
  page,
}) => {
  for (const [width, height, aspect] of [
    [1920, 1080, 16 / 9],
    [1280, 800, 16 / 10],
    [1024, 768, 4 / 3],
    [2560, 1080, 16 / 9],
    [390, 844, 4 / 3],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/present/2');
    const svg = page.locator('.figure:not(.figure-built) > svg[data-chart="trade"]');
    await expect(svg).toBeVisible();
    const box = await page.locator('.slide-box').boundingBox();
    if (!box) throw new Error('no slide');
    expect(box.width / box.height).toBeCloseTo(aspect, 2);
    expect(Math.min(Math.abs(box.width - width), Math.abs(box.height - height))).toBeLessThan(1);
    // Centred; on a screen of the slide's own shape, no bands at all.
    expect(Math.abs(box.x - (width - box.x - box.width))).toBeLessThan(1.5);
    expect(Math.abs(box.y - (height - box.y - box.height))).toBeLessThan(1.5);
    if (Math.abs(width / height - aspect) < 0.01) {
      expect(box.width).toBeGreaterThan(width - 1.5);
      expect(box.height).toBeGreaterThan(height - 1.5);
    }
    // The figure is laid out at the slide's shape, not squeezed into it.
    const viewBox = (await svg.getAttribute('viewBox'))?.split(' ').map(Number) ?? [];
    expect((viewBox[2] ?? 0) / (viewBox[3] ?? 1)).toBeCloseTo(aspect, 1);
  }
  // On a 4:3 projector at 1024×768 the chart's title is at least 24 px, its labels at least 16.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/present/2');
  const figure = page.locator('.figure:not(.figure-built) > svg[data-chart="trade"]');
  await expect(figure).toBeVisible();
  const sizes = await figure.evaluate((svg) =>
    [...svg.querySelectorAll('text')].map((t) => ({
      text: t.textContent,
      px: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
    })),
  );
  const title = sizes[0];
  expect(title?.px ?? 0).toBeGreaterThanOrEqual(24);
  for (const s of sizes) expect(s.px, s.text).toBeGreaterThanOrEqual(16);
});

test('a chart too long for one legible slide steps through its parts, as in the deck', async ({
  page,
}) => {
  // Kazakh milestones on a 4:3 projector: 22 events do not fit one slide at a room's sizes.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/kk/present/6');
  const figure = page.locator('.figure:not(.figure-built) > svg[data-chart="milestones"]');
  await expect(figure).toBeVisible();
  const count = page.locator('.present-count');
  const total = Number(/бөлім 1\/(\d)/.exec(await count.innerText())?.[1]);
  expect(total).toBeGreaterThanOrEqual(2);
  const seen = new Set<string>();
  for (let part = 1; part <= total; part++) {
    await expect(count).toContainText(`бөлім ${String(part)}/${String(total)}`);
    const texts = await figure.evaluate((svg) =>
      [...svg.querySelectorAll('text')].map((t) => ({
        text: t.textContent,
        px: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
      })),
    );
    expect(texts.map((t) => t.text).join(' ')).toContain(`(${String(part)}/${String(total)})`);
    for (const t of texts) expect(t.px, t.text).toBeGreaterThanOrEqual(16);
    for (const t of texts) seen.add(t.text);
    expect(slideNumber(page)).toBe(6);
    await page.keyboard.press('ArrowRight');
  }
  // Every event of the chart was on one of the parts.
  await expect.poll(() => slideNumber(page)).toBe(7);
  expect([...seen].filter((t) => /1992|2026/.test(t)).length).toBeGreaterThanOrEqual(2);
  expect([...seen].some((t) => t.includes('Дипломатиялық қатынастар орнатылды'))).toBe(true);
  // Back from the next slide lands on the last part; the button steps back through the parts.
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => slideNumber(page)).toBe(6);
  await expect(count).toContainText(`бөлім ${String(total)}/${String(total)}`);
  await page.getByRole('button', { name: 'Алдыңғы слайд' }).click();
  await expect(count).toContainText(`бөлім ${String(total - 1)}/${String(total)}`);
  // The sources slide holds its whole list on the narrower slide too.
  await page.keyboard.press('End');
  const list = page.locator('.slide-sources');
  await expect(list).toBeVisible();
  const { scroll, client } = await list.evaluate((el) => ({
    scroll: el.scrollHeight,
    client: el.clientHeight,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
});

test('the slides offer their PowerPoint deck, in the screen’s shape and the reader’s language', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/zh/present/3');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载演示文稿' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kzcn-deck-zh-4x3.pptx');
  await expect(page.locator('.present-bar [role="status"]')).toHaveText(/kzcn-deck-zh-4x3\.pptx/);
  const deck = openPptx(new Uint8Array(readFileSync(await download.path())));
  expect(deck.text('ppt/presentation.xml')).toContain('<p:sldSz cx="9144000" cy="6858000"/>');
  expect(deck.slides.length).toBeGreaterThanOrEqual(SLIDES);
  expect(deck.slides[0]).toContain('lang="zh-CN"');
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
