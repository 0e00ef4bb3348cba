// Browser (Playwright + Debian chromium) tests in test/e2e. One fork, one file at a time,
// long timeouts; the global setup builds the web app into dist/web when it is stale.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    env: { NODE_ENV: "test" },
    // expect.poll waits for the UI to settle; a loaded CI machine needs more than the 1 s default.
    expect: { poll: { timeout: 15_000 } },
  },
});
