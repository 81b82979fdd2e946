import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/build.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Files in one worker share loaded modules: importing the three cloud SDKs once per worker
    // instead of once per file halves the suite's time. Tests therefore restore what they change
    // (env, fake timers) and keep their state in the apps they start.
    isolate: false,
    // Integration tests start servers on loopback ports; keep the 2-core machine calm.
    maxWorkers: 2,
  },
});
