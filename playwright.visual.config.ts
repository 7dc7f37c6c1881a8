import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./tools/find-chromium.mjs";

// Visual regression: screenshots of the stories that carry the look, compared
// with the baselines committed in visual/__screenshots__. See docs/testing.md.
const port = Number(process.env.VISUAL_PORT ?? 6017);

export default defineConfig({
  testDir: "visual",
  testMatch: "*.visual.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  outputDir: "test-results/visual",
  snapshotPathTemplate: "visual/__screenshots__/{arg}{ext}",
  expect: {
    toHaveScreenshot: { maxDiffPixels: 0, threshold: 0, animations: "disabled", caret: "hide" },
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    reducedMotion: "reduce",
    deviceScaleFactor: 1,
    timezoneId: "UTC",
    locale: "en-US",
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], channel: undefined, deviceScaleFactor: 1 },
    },
  ],
  webServer: {
    command: `node visual/serve.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/iframe.html`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
