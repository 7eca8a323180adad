import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.KZCN_TEST_PORT ?? 4179);
const SUBPATH_PORT = Number(process.env.KZCN_SUBPATH_PORT ?? 4180);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    // Debian's Chromium, never a downloaded browser.
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `npx vite build && npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
    },
    {
      // The same site built for a host that serves it under a sub-path.
      command: `npx vite build --outDir dist-sub && npx vite preview --outDir dist-sub --port ${SUBPATH_PORT} --strictPort --host 127.0.0.1`,
      env: { BASE_PATH: '/kzcn/' },
      url: `http://127.0.0.1:${SUBPATH_PORT}/kzcn/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
    },
  ],
});
