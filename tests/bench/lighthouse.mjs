// Lighthouse 12.2.3 with its default (mobile) settings against a served page, `runs` times in
// fresh Chromium instances: each score and metric's median.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, median } from './lib.mjs';

async function once(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const c = result?.lhr.categories ?? {};
    const a = result?.lhr.audits ?? {};
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: Math.round(a['first-contentful-paint']?.numericValue ?? NaN),
      lcp: Math.round(a['largest-contentful-paint']?.numericValue ?? NaN),
      tbt: Math.round(a['total-blocking-time']?.numericValue ?? NaN),
      cls: Math.round((a['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
    };
  } finally {
    await chrome.kill();
  }
}

export async function lighthouseRuns(url, runs) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await once(url));
  const keys = Object.keys(all[0] ?? {});
  return Object.fromEntries(keys.map((k) => [k, median(all.map((r) => r[k]))]));
}
