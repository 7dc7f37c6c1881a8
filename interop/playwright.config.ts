// The interop layer: real express-stormpath 3.2.0 (fake Stormpath REST API
// behind it), react-stormpath 2.0.1 and the packed kit, in Chromium.
// `npm run test:interop`; in `npm test` it runs after the build.
import { defineConfig, devices, type ReporterDescription } from "@playwright/test";
import { chromiumLaunchOptions } from "../tools/find-chromium.mjs";

const reporter: ReporterDescription[] = [["list"]];
// `npm test` collects the counts from the JSON report.
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME) reporter.push(["json"]);

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  globalSetup: "./global-setup.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  globalTimeout: 4 * 60_000,
  expect: { timeout: 7_000 },
  reporter,
  outputDir: "../test-results/interop",
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
});
