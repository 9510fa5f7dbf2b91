import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 120_000,
    // Dates are calendar days read in UTC; a zone west of UTC shows a bug that UTC (CI's zone) hides.
    env: { TZ: 'America/New_York' },
  },
});
