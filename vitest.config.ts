import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    globalSetup: ['src/testing/globalSetup.ts'],
    // Rendering and OCR tests take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // sharp and resvg are native modules: separate processes are the safe isolation.
    pool: 'forks',
  },
});
