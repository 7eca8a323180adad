import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.tsx'],
      environment: 'node',
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
      testTimeout: 30_000,
    },
  }),
);
