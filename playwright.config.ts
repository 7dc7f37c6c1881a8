import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices, type ReporterDescription } from "@playwright/test";
import { chromiumLaunchOptions } from "./tools/find-chromium.mjs";

/** A free loopback port, chosen once in the main process; workers inherit it through env. */
function freePort(envName: string): number {
  const known = process.env[envName];
  if (known) return Number(known);
  const port = Number(
    execFileSync(
      process.execPath,
      [
        "-e",
        "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
      ],
      { encoding: "utf8" },
    ),
  );
  process.env[envName] = String(port);
  return port;
}

const mockPort = freePort("E2E_MOCK_PORT");
const demoPort = freePort("E2E_DEMO_PORT");
const ssrPort = freePort("E2E_SSR_PORT");
const oidcPort = freePort("E2E_OIDC_PORT");
const mockOrigin = `http://127.0.0.1:${mockPort}`;
const demoOrigin = `http://127.0.0.1:${demoPort}`;
process.env.E2E_MOCK_ORIGIN = mockOrigin;
// The mock's admin token, chosen once here; workers inherit it and send it (e2e/support/fixtures.ts).
process.env.E2E_MOCK_ADMIN_TOKEN ??= randomBytes(24).toString("base64url");
const adminToken = process.env.E2E_MOCK_ADMIN_TOKEN;
process.env.E2E_SSR_ORIGIN = `http://127.0.0.1:${ssrPort}`;
process.env.E2E_OIDC_ORIGIN = `http://127.0.0.1:${oidcPort}`;
// Every answer of the mock server is recorded and checked against openapi.json after the run.
const mockRecord = (process.env.E2E_MOCK_RECORD ??= join(
  tmpdir(),
  `signup-kit-e2e-mock-${mockPort}.ndjson`,
));

const reporter: ReporterDescription[] = [
  ["list"],
  ["html", { open: "never", outputFolder: "playwright-report" }],
  ["./e2e/support/where-reporter.ts"],
];
// `npm test` collects the counts from the JSON report; alone, it would flood stdout.
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME) reporter.push(["json"]);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter,
  globalTeardown: "./e2e/support/check-mock-traffic.ts",
  outputDir: "test-results",
  use: {
    baseURL: demoOrigin,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      // The standalone mock server, exactly as product teams run it (built first when dist/ is stale).
      // Links (verification emails, hrefs) point at the demo, which forwards the backend routes.
      command: `node e2e/support/ensure-build.mjs && node dist/mock/cli.js --host 127.0.0.1 --port ${mockPort} --public-url ${demoOrigin} --record ${JSON.stringify(mockRecord)}`,
      env: { SIGNUP_KIT_MOCK_ADMIN_TOKEN: adminToken },
      url: `${mockOrigin}/__mock/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The built demo app, with /register and /__mock proxied to the mock server.
      command: `npx vite build --mode demo --logLevel warn && npx vite preview --mode demo --port ${demoPort} --strictPort`,
      url: demoOrigin,
      reuseExistingServer: false,
      timeout: 180_000,
      env: { E2E_MOCK_ORIGIN: mockOrigin, SIGNUP_ENDPOINT: "/register" },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // A server-rendered page (renderToString, no script) for the no-JavaScript flow.
      command: `npx tsx e2e/support/ssr-server.tsx --port ${ssrPort} --mock ${mockOrigin}`,
      url: `http://127.0.0.1:${ssrPort}/ssr/styles.css`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // oidc-provider (a certified OpenID provider): client registration against a real
      // server, in its open, initial-access-token and token-rotation setups.
      command: `node e2e/support/oidc-provider-server.mjs --port ${oidcPort} --allow-origin ${demoOrigin}`,
      url: `http://127.0.0.1:${oidcPort}/__health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
