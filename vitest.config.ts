import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'contracts/**/*.test.ts',
      'server/**/*.test.ts',
      'web/src/**/*.test.{ts,tsx}',
      'test/**/*.test.ts',
    ],
    exclude: ['e2e/**', 'node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: process.env.VITEST_JSON_OUT
      ? ['default', ['json', { outputFile: process.env.VITEST_JSON_OUT }]]
      : ['default'],
  },
});
